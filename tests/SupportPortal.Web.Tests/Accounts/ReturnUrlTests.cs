using System.Net;
using SupportPortal.Web.Accounts;

namespace SupportPortal.Web.Tests.Accounts;

public sealed class ReturnUrlTests(AccountsFactory portal) : IClassFixture<AccountsFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/tickets")]
    [InlineData("/tickets?page=2&sort=lastactivity")]
    [InlineData("/kb/article/3#comments")]
    public void Local_paths_are_accepted(string path) => Assert.Equal(path, ReturnPath.LocalOrHome(path));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\r\n/evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("tickets")]
    [InlineData("~/tickets")]
    public void Anything_else_goes_home(string? candidate) => Assert.Equal("/", ReturnPath.LocalOrHome(candidate));

    [Fact]
    public async Task Signing_in_returns_to_a_local_ReturnUrl()
    {
        var response = await PortalBrowser.For(portal).SignInAsync("alice@example.com", "Demo-pass-1", pageUrl: "/account/login?ReturnUrl=%2Fkb%3Fq%3Dwidget");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/kb?q=widget", PortalBrowser.RedirectTarget(response));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public async Task Signing_in_with_a_foreign_ReturnUrl_goes_home(string returnUrl)
    {
        var response = await PortalBrowser.For(portal).SignInAsync("alice@example.com", "Demo-pass-1", pageUrl: $"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/", PortalBrowser.RedirectTarget(response));
    }

    [Fact]
    public async Task The_register_link_passes_on_only_a_local_ReturnUrl()
    {
        var local = await PortalBrowser.For(portal).GetDocumentAsync("/account/login?ReturnUrl=%2Ftickets");
        var foreign = await PortalBrowser.For(portal).GetDocumentAsync("/account/login?ReturnUrl=%2F%2Fevil.example");

        Assert.NotNull(local.QuerySelector("a[href='/account/register?ReturnUrl=%2Ftickets']"));
        Assert.NotNull(foreign.QuerySelector("a[href='/account/register']"));
        Assert.DoesNotContain(foreign.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("evil.example", StringComparison.Ordinal));
    }
}
