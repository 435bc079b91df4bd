using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SupportPortal.Reliability.Tests.Attacks;

/// <summary>
/// A cookie-keeping client signed in through the real sign-in page, as a customer's browser would be: it reads the
/// form, keeps its hidden fields (antiforgery token, form name) and posts the e-mail and password.
/// </summary>
public sealed class SignedInBrowser(HttpClient client)
{
    public HttpClient Client => client;

    public static async Task<SignedInBrowser> SignInAsync(WebApplicationFactory<Program> portal, string email, string password)
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await new SignedInBrowser(client).GetDocumentAsync("/account/login");
        var form = page.Forms.Single(f => f.QuerySelector("input[name='_handler'][value='login']") is not null);
        var fields = form.QuerySelectorAll("input[type='hidden']")
            .Where(i => i.GetAttribute("name") is not null)
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;

        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(fields));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in as {email} redirects onwards (got {(int)response.StatusCode}).");

        using var tickets = await client.GetAsync("/tickets");
        Assert.True(tickets.StatusCode == HttpStatusCode.OK, $"Once signed in, {email} sees their tickets (got {(int)tickets.StatusCode}).");
        return new SignedInBrowser(client);
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answers 200 (got {(int)response.StatusCode}).");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
