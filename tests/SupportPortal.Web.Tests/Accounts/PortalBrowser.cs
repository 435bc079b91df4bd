using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SupportPortal.Web.Tests.Accounts;

/// <summary>
/// A cookie-keeping client that fills in the portal's static forms as a browser would: it reads the page, keeps the
/// form's hidden fields (antiforgery token, form name) and posts what the test types.
/// </summary>
public sealed class PortalBrowser(HttpClient client)
{
    public static PortalBrowser For(PortalFactory portal) =>
        new(portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public HttpClient Client => client;

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    /// <summary>Submits the form named <paramref name="formName"/> (Blazor's FormName) on the page at <paramref name="pageUrl"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string formName, IReadOnlyDictionary<string, string> typed)
    {
        var page = await GetDocumentAsync(pageUrl);
        var form = page.Forms.SingleOrDefault(f => f.QuerySelector($"input[name='_handler'][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"No form named {formName} on {pageUrl}.");
        return await PostAsync(string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!, HiddenFields(form), typed);
    }

    /// <summary>Presses the app bar's "Sign out" button on <paramref name="pageUrl"/>.</summary>
    public async Task<HttpResponseMessage> SignOutAsync(string pageUrl = "/")
    {
        var page = await GetDocumentAsync(pageUrl);
        var form = page.Forms.Single(f => f.GetAttribute("action") == "/account/logout");
        return await PostAsync("/account/logout", HiddenFields(form), new Dictionary<string, string>());
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password, bool rememberMe = false, string pageUrl = "/account/login") =>
        await SubmitAsync(pageUrl, "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.RememberMe"] = rememberMe ? "true" : "false",
        });

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// Where a redirect goes: the path and query when it stays on the portal (Blazor writes absolute addresses),
    /// else the whole address, so a redirect to another site never looks local.
    /// </summary>
    public static string? RedirectTarget(HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null || !location.IsAbsoluteUri)
        {
            return location?.OriginalString;
        }

        return location.Host == "localhost" ? location.PathAndQuery + location.Fragment : location.AbsoluteUri;
    }

    /// <summary>The page's visible text with whitespace collapsed, for asserting on sentences.</summary>
    public static string Text(IHtmlDocument document) =>
        string.Join(' ', (document.Body?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task<HttpResponseMessage> PostAsync(string url, Dictionary<string, string> hidden, IReadOnlyDictionary<string, string> typed)
    {
        foreach (var (name, value) in typed)
        {
            hidden[name] = value;
        }

        return await client.PostAsync(url, new FormUrlEncodedContent(hidden));
    }

    private static Dictionary<string, string> HiddenFields(IHtmlFormElement form) =>
        form.QuerySelectorAll("input[type='hidden']")
            .Where(i => i.GetAttribute("name") is not null)
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
}
