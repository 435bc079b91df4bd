using System.Net;

namespace SupportPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class HealthTests(PortalFactory portal)
{
    [Fact]
    public async Task Healthz_answers_200_Healthy()
    {
        var response = await portal.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_answers_200_when_the_embedded_helpdesk_lists_its_departments()
    {
        var response = await portal.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
