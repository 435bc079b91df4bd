using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>Reads and posts the article page's forms as a browser without JavaScript would.</summary>
internal static class ArticleForms
{
    public const string TokenField = "__RequestVerificationToken";

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Loads the page and returns the antiforgery token its forms carry for this client.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var document = Parse(await client.GetStringAsync(url));
        var token = document.QuerySelector($"form input[name='{TokenField}']")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), $"{url} has no form with an antiforgery token.");
        return token!;
    }

    /// <summary>Posts one of the page's forms (by its Blazor form name) with the given fields; a null token sends none.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string formName, string? token, params (string Name, string Value)[] fields)
    {
        var values = new List<KeyValuePair<string, string>> { new("_handler", formName) };
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        if (token is not null)
        {
            values.Add(new(TokenField, token));
        }

        return client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    public static Task<HttpResponseMessage> VoteAsync(HttpClient client, string url, string? token, bool helpful) =>
        PostAsync(client, url, "kb-rate", token, ("Vote", helpful ? "helpful" : "not-helpful"));

    public static Task<HttpResponseMessage> CommentAsync(HttpClient client, string url, string? token, string name, string text) =>
        PostAsync(client, url, "kb-comment", token, ("PosterName", name), ("CommentText", text));
}
