using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;
using SupportPortal.Helpdesk.Http;

namespace SupportPortal.Reliability.Tests.Http;

public sealed class HelpdeskHttpResilienceTests
{
    [Fact]
    public async Task A_read_that_meets_a_503_is_tried_again_and_succeeds()
    {
        var server = new ScriptedServer(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        using var client = Client(server);

        var response = await client.GetAsync("http://helpdesk.test/tickets");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Calls);
    }

    [Fact]
    public async Task A_write_that_meets_a_503_is_not_repeated_by_the_pipeline()
    {
        var server = new ScriptedServer(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        using var client = Client(server);

        var response = await client.PostAsync("http://helpdesk.test/tickets", new StringContent("subject=Printer"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, server.Calls);
        Assert.Equal(HelpdeskError.Unavailable, HelpdeskHttpFailures.FromStatus(response)!.Error);
    }

    [Fact]
    public async Task A_helpdesk_that_keeps_failing_opens_the_circuit_and_the_portal_sees_it_as_unavailable()
    {
        var server = new ScriptedServer(Enumerable.Repeat(HttpStatusCode.InternalServerError, 50).ToArray());
        using var client = Client(server);

        Exception? refused = null;
        for (var call = 0; call < 20 && refused is null; call++)
        {
            try
            {
                await client.PostAsync("http://helpdesk.test/tickets", new StringContent("x"));
            }
            catch (Exception exception)
            {
                refused = exception;
            }
        }

        var mapped = HelpdeskHttpFailures.FromException(Assert.IsAssignableFrom<Polly.ExecutionRejectedException>(refused), CancellationToken.None);
        Assert.Equal(HelpdeskError.Unavailable, mapped!.Error);
        Assert.True(server.Calls < 20, "The open circuit should have stopped calls reaching the helpdesk.");
    }

    [Fact]
    public void Throttling_is_reported_with_the_delay_the_helpdesk_asked_for()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(42));

        var error = HelpdeskHttpFailures.FromStatus(response)!;

        Assert.Equal(HelpdeskError.Throttled, error.Error);
        Assert.Equal(TimeSpan.FromSeconds(42), error.RetryAfter);
    }

    [Fact]
    public void The_pipeline_honours_Retry_After_and_retries_only_safe_methods()
    {
        var options = new Microsoft.Extensions.Http.Resilience.HttpStandardResilienceOptions();

        HelpdeskHttpResilienceExtensions.Apply(options, new HelpdeskHttpResilienceOptions());

        Assert.True(options.Retry.ShouldRetryAfterHeader);
        Assert.True(options.Retry.UseJitter);
        Assert.Equal(Polly.DelayBackoffType.Exponential, options.Retry.BackoffType);
    }

    private static HttpClient Client(ScriptedServer server)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Helpdesk:Http:RetryDelay"] = "00:00:00.001",
            ["Helpdesk:Http:BreakerMinimumThroughput"] = "4",
            ["Helpdesk:Http:BreakDuration"] = "00:01:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddHttpClient("helpdesk")
            .ConfigurePrimaryHttpMessageHandler(() => server)
            .AddHelpdeskHttpResilience(configuration);
        return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>().CreateClient("helpdesk");
    }

    /// <summary>Answers each request with the next status of its script, then 200.</summary>
    private sealed class ScriptedServer(params HttpStatusCode[] script) : HttpMessageHandler
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref calls) - 1;
            var status = call < script.Length ? script[call] : HttpStatusCode.OK;
            return Task.FromResult(new HttpResponseMessage(status) { RequestMessage = request });
        }
    }
}
