using System.Net;

namespace SupportPortal.Reliability.Tests.Security;

public sealed class TelemetryTests(TelemetryTests.MeteredPortal portal) : IClassFixture<TelemetryTests.MeteredPortal>
{
    [Fact]
    public async Task Helpdesk_calls_are_measured_by_function_and_exported_with_the_outbox_depth()
    {
        var client = portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var metrics = await client.GetStringAsync("/metrics");

        Assert.Contains("supportportal_helpdesk_call_duration", metrics);
        Assert.Contains("function=\"GetKnowledgeBaseCategories\"", metrics);
        Assert.Contains("helpdesk=\"default\"", metrics);
        Assert.Contains("supportportal_outbox_depth", metrics);
    }

    [Fact]
    public async Task Readiness_covers_the_helpdesk_and_the_portal_store()
    {
        var response = await portal.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public sealed class MeteredPortal : HardenedPortal
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Portal:Telemetry:Prometheus"] = "true",
        };
    }
}
