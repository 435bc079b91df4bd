using System.Net;

namespace SupportPortal.Web.Tests;

public sealed class UnavailableHelpdeskTests(UnavailableHelpdeskFactory portal) : IClassFixture<UnavailableHelpdeskFactory>
{
    [Fact]
    public async Task Home_page_explains_in_a_sentence_that_the_helpdesk_is_unavailable()
    {
        var response = await portal.CreateClient().GetAsync("/");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("We couldn't load the help topics", html);
        Assert.Contains("Our support system isn't answering right now. Please try again in a few minutes.", html);
        Assert.Contains("role=\"alert\"", html);
        Assert.DoesNotContain("HelpdeskException", html);
        Assert.DoesNotContain("   at ", html);
    }

    [Fact]
    public async Task Home_page_keeps_the_way_to_submit_a_ticket_when_the_helpdesk_is_unavailable()
    {
        var html = await portal.CreateClient().GetStringAsync("/");

        Assert.Contains("href=\"/tickets/new\"", html);
    }

    [Fact]
    public async Task Readyz_answers_503_when_the_helpdesk_is_unavailable()
    {
        var response = await portal.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_still_answers_200_when_the_helpdesk_is_unavailable()
    {
        var response = await portal.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
