using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Tests.Accounts;

namespace SupportPortal.Web.Tests.Localization;

/// <summary>Pages asked for in German (Accept-Language: de) are German through and through, dates and numbers included.</summary>
[Collection(PortalCollection.Name)]
public sealed class GermanPagesTests(PortalFactory portal)
{
    // What the shell says in English on every page: none of it may be left on a German page.
    private static readonly string[] EnglishShell =
    [
        "Skip to content", "Knowledge base", "Submit a ticket", "My tickets", "Dark mode", "Language", "Sign in",
        "Contact support",
    ];

    private static readonly string[] GermanShell =
    [
        "Zum Inhalt springen", "Wissensdatenbank", "Anfrage stellen", "Meine Anfragen", "Dunkelmodus", "Sprache", "Anmelden",
        "Support kontaktieren",
    ];

    [Fact]
    public async Task Home_page_is_fully_german_with_accept_language_de()
    {
        var page = await GetAsync("/", "de");

        Assert.Contains("<html lang=\"de\"", page.Html);
        AssertGerman(page.Text, GermanShell.Concat(["Wie können wir Ihnen helfen?", "Hilfethemen durchsuchen", "Anwenden", "Wissensdatenbank durchsuchen", "Suchen"]));
        AssertNoEnglish(page.Text, EnglishShell.Concat(["How can we help?", "Browse help topics", "Find answers", "Apply", "Home", "Search"]));
    }

    [Fact]
    public async Task Article_page_is_fully_german_with_a_german_date_and_number()
    {
        var id = await KbDemoData.InstallArticleIdAsync(portal.Services);
        var article = await portal.Services.GetRequiredService<IHelpdesk>().GetKnowledgeBaseArticleAsync(id);

        // The article's own words and its comments are the helpdesk's content, in whatever language they were written.
        var page = await GetAsync($"/kb/article/{id}", "de", ".kb-article-body, .kb-comment-list, .kb-article-title");

        AssertGerman(page.Text, GermanShell.Concat(
        [
            "War dieser Artikel hilfreich?", "Ja", "Nein", $"Bewertet mit {article.Rating} von 5", "Kommentar schreiben",
            "Kommentar senden", "Brauchen Sie noch Hilfe?", "Veröffentlicht am", "Wissensdatenbank durchsuchen",
        ]));
        AssertNoEnglish(page.Text, EnglishShell.Concat(
        [
            "Was this article helpful?", "Rated ", "Leave a comment", "Post comment", "Still need help?", "Published",
            "Comments (", "characters", "Search the knowledge base",
        ]));

        // "Montag, 23. November 2026" and "2.000 Zeichen": the culture formats dates and numbers, not just words.
        Assert.Contains(article.Date.ToString("D", CultureInfo.GetCultureInfo("de")), page.Text);
        Assert.Contains("Bis zu 2.000 Zeichen", page.Text);
    }

    [Fact]
    public async Task Sign_in_page_is_fully_german_with_accept_language_de()
    {
        var page = await GetAsync("/account/login", "de");

        AssertGerman(page.Text, GermanShell.Concat(["E-Mail", "Passwort", "Angemeldet bleiben", "Passwort vergessen?", "Konto erstellen"]));
        AssertNoEnglish(page.Text, EnglishShell.Concat(["Email", "Password", "Remember me", "Forgot your password?", "Create an account", "New here?"]));
    }

    [Fact]
    public async Task Sign_in_validation_messages_are_german()
    {
        var browser = PortalBrowser.For(portal);
        browser.Client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("de"));

        var response = await browser.SignInAsync("not-an-address", "");

        var text = PortalBrowser.Text(await PortalBrowser.ParseAsync(response));
        Assert.Contains("Geben Sie eine E-Mail-Adresse wie name@example.com ein.", text);
        Assert.Contains("Geben Sie Ihr Passwort ein.", text);
        Assert.DoesNotContain("Enter your password.", text);
    }

    [Fact]
    public async Task English_browsers_still_get_english()
    {
        var page = await GetAsync("/", "en-GB");

        Assert.Contains("<html lang=\"en\"", page.Html);
        AssertGerman(page.Text, ["How can we help?", "Knowledge base", "Dark mode"]);
        AssertNoEnglish(page.Text, ["Wie können wir Ihnen helfen?"]);
    }

    [Fact]
    public async Task A_cached_article_page_is_kept_once_per_language()
    {
        var id = await KbDemoData.ArticleIdAsync(portal.Services, KbDemoData.GettingStarted, "How to install the Widget client");

        var english = await GetAsync($"/kb/article/{id}", "en");
        var german = await GetAsync($"/kb/article/{id}", "de");
        var englishAgain = await GetAsync($"/kb/article/{id}", "en");

        Assert.Contains("Was this article helpful?", english.Text);
        Assert.Contains("War dieser Artikel hilfreich?", german.Text);
        Assert.Contains("Was this article helpful?", englishAgain.Text);
    }

    private async Task<(string Html, string Text)> GetAsync(string path, string acceptLanguage, string? content = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(acceptLanguage));
        var response = await portal.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return (html, VisibleText(html, content));
    }

    /// <summary>Body text plus the attributes a screen reader or a tab shows (labels, titles, page title).</summary>
    internal static string VisibleText(string html, string? content = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var hidden in document.QuerySelectorAll(content is null ? "script, style, template" : $"script, style, template, {content}"))
        {
            hidden.Remove();
        }

        var attributes = document.QuerySelectorAll("[aria-label], [title]")
            .SelectMany(element => new[] { element.GetAttribute("aria-label"), element.GetAttribute("title") })
            .OfType<string>();
        var words = string.Join(' ', [document.Title ?? "", document.Body?.TextContent ?? "", .. attributes]);
        return string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    internal static void AssertGerman(string text, IEnumerable<string> expected)
    {
        foreach (var phrase in expected)
        {
            Assert.Contains(phrase, text);
        }
    }

    internal static void AssertNoEnglish(string text, IEnumerable<string> english)
    {
        var left = english.Where(phrase => System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![\p{{L}}-]){System.Text.RegularExpressions.Regex.Escape(phrase)}")).ToList();
        Assert.True(left.Count == 0, $"English left on the page: {string.Join(" | ", left)}");
    }
}
