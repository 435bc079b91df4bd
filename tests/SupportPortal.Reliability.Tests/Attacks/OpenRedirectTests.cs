using System.Net;

namespace SupportPortal.Reliability.Tests.Attacks;

/// <summary>Return addresses from the query string must never send a customer to another site.</summary>
public sealed class OpenRedirectTests(HardenedPortal portal) : IClassFixture<HardenedPortal>
{
    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task Single_sign_on_never_redirects_off_site(string returnTo)
    {
        var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/account/sso?jwt=not.a.token&return_to={Uri.EscapeDataString(returnTo)}");

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    public async Task The_sign_in_page_does_not_offer_an_off_site_return_address(string returnUrl)
    {
        var html = await portal.CreateClient().GetStringAsync($"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.DoesNotContain("evil.example\"", html.Replace("&#x2F;", "/", StringComparison.Ordinal).Split("<form")[0], StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"https://evil.example", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"//evil.example", html, StringComparison.Ordinal);
    }
}
