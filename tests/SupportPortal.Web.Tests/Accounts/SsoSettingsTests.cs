using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace SupportPortal.Web.Tests.Accounts;

[Collection(PortalCollection.Name)]
public sealed class SsoDisabledTests(PortalFactory portal)
{
    [Fact]
    public async Task Without_a_shared_secret_single_sign_on_does_not_exist()
    {
        var token = SsoTokens.Create(SsoTokens.ValidClaims("alice@example.com"));

        var response = await portal.CreateClient().GetAsync($"/account/sso?jwt={token}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_host_login_url_the_sign_in_page_offers_no_host_sign_in()
    {
        var page = await PortalBrowser.For(portal).GetDocumentAsync("/account/login");

        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.TextContent.Contains("Sign in with", StringComparison.Ordinal));
    }
}

public sealed class SsoIssuerTests(SsoIssuerTests.IssuerFactory portal) : IClassFixture<SsoIssuerTests.IssuerFactory>
{
    [Fact]
    public async Task With_an_issuer_configured_a_token_from_another_issuer_is_refused_and_the_right_one_accepted()
    {
        var foreign = SsoTokens.ValidClaims("alice@example.com");
        foreign["iss"] = "https://somebody-else.example";
        var ours = SsoTokens.ValidClaims("alice@example.com");
        ours["iss"] = IssuerFactory.Issuer;

        var refused = await portal.CreateClient().GetAsync($"/account/sso?jwt={SsoTokens.Create(foreign)}");
        var accepted = await PortalBrowser.For(portal).Client.GetAsync($"/account/sso?jwt={SsoTokens.Create(ours)}");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("an issuer this portal does not trust", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Found, accepted.StatusCode);
    }

    public sealed class IssuerFactory : AccountsFactory
    {
        public const string Issuer = "https://www.contoso.example";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:Sso:Issuer", Issuer);
        }
    }
}
