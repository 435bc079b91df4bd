using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Localization;
using SupportPortal.Web.Tests.Accounts;

namespace SupportPortal.Web.Tests.Localization;

/// <summary>The customer's choice from the language picker is remembered in a cookie and wins over Accept-Language.</summary>
[Collection(PortalCollection.Name)]
public sealed class CultureChoiceTests(PortalFactory portal)
{
    [Theory]
    [InlineData("de", "en", "Wie können wir Ihnen helfen?")]
    [InlineData("en", "de", "How can we help?")]
    public async Task The_culture_cookie_wins_over_accept_language(string cookieCulture, string acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(acceptLanguage));
        request.Headers.Add("Cookie", $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(cookieCulture)))}");

        var html = await (await portal.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains($"<html lang=\"{cookieCulture}\"", html);
        Assert.Contains(expected, GermanPagesTests.VisibleText(html));
    }

    [Fact]
    public async Task The_picker_remembers_german_and_brings_the_customer_back_to_the_page()
    {
        var browser = PortalBrowser.For(portal);
        var page = await browser.GetDocumentAsync("/kb");
        var picker = Assert.Single(page.Forms, form => form.GetAttribute("action") == "culture");
        var fields = picker.QuerySelectorAll("input[type='hidden']").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        Assert.Equal("/kb", fields["returnUrl"]);
        fields["culture"] = "de";

        var response = await browser.Client.PostAsync("/culture", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/kb", PortalBrowser.RedirectTarget(response));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(CookieRequestCultureProvider.DefaultCookieName + "=", StringComparison.Ordinal));
        var after = PortalBrowser.Text(await browser.GetDocumentAsync("/kb"));
        Assert.Contains("Nach Thema stöbern", after);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    public async Task The_picker_only_returns_to_local_pages(string returnUrl)
    {
        var browser = PortalBrowser.For(portal);
        var page = await browser.GetDocumentAsync("/");
        var picker = Assert.Single(page.Forms, form => form.GetAttribute("action") == "culture");
        var fields = picker.QuerySelectorAll("input[type='hidden']").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["culture"] = "de";
        fields["returnUrl"] = returnUrl;

        var response = await browser.Client.PostAsync("/culture", new FormUrlEncodedContent(fields));

        Assert.Equal("/", PortalBrowser.RedirectTarget(response));
    }

    [Fact]
    public async Task A_language_change_without_the_antiforgery_token_is_refused_and_nothing_is_remembered()
    {
        var response = await portal.CreateClient().PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "de",
            ["returnUrl"] = "/",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.Any(cookie => cookie.StartsWith(CookieRequestCultureProvider.DefaultCookieName, StringComparison.Ordinal)));
        Assert.Contains("We couldn't change the language", GermanPagesTests.VisibleText(await response.Content.ReadAsStringAsync()));
    }
}
