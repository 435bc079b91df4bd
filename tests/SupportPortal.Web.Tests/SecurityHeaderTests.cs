using System.Net;

namespace SupportPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed class SecurityHeaderTests(PortalFactory portal)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/brand/logo.svg")]
    [InlineData("/healthz")]
    [InlineData("/no/such/page")]
    public async Task Every_response_forbids_content_sniffing_and_limits_the_referrer(string url)
    {
        var response = await portal.CreateClient().GetAsync(url);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Pages_issue_an_antiforgery_cookie_for_their_forms()
    {
        var response = await portal.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
    }
}
