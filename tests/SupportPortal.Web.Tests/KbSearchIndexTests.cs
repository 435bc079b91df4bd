using SupportPortal.Helpdesk;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests;

/// <summary>The portal-side search index, as a help centre's search is expected to behave.</summary>
public sealed class KbSearchIndexTests
{
    private static readonly Breadcrumb GettingStarted = new(1, "Getting Started");

    private static readonly KnowledgeBaseIndex Index = KnowledgeBaseIndex.Build(
    [
        Article(1, "How to install the Widget client", "<p>Download the installer and run it. The client starts on its own.</p>"),
        Article(2, "System requirements", "<p>Any machine that can install the Widget client: Windows, macOS or Linux.</p>"),
        Article(3, "Understanding your invoice", "<p>Your invoice lists every seat of the month.</p>"),
    ]);

    [Fact]
    public void Typo_in_the_query_still_finds_the_install_article()
    {
        var hits = Index.Search("instal wdget", 10);

        Assert.Equal("How to install the Widget client", hits[0].Title);
    }

    [Fact]
    public void Title_matches_rank_above_body_matches()
    {
        var hits = Index.Search("widget", 10);

        Assert.Equal([1, 2], hits.Select(h => h.ArticleId));
    }

    [Fact]
    public void Snippet_highlights_point_at_the_matching_words()
    {
        var hit = Assert.Single(Index.Search("invoice", 10));

        Assert.NotEmpty(hit.Highlights);
        Assert.All(hit.Highlights, h => Assert.Equal("invoice", hit.Snippet.Substring(h.Start, h.Length), ignoreCase: true));
    }

    [Fact]
    public void Snippet_is_plain_text_without_markup()
    {
        var hit = Index.Search("installer", 10)[0];

        Assert.DoesNotContain("<", hit.Snippet);
        Assert.Contains("Download the installer", hit.Snippet);
    }

    [Fact]
    public void A_query_that_matches_nothing_returns_no_hits()
    {
        Assert.Empty(Index.Search("zebra", 10));
        Assert.Empty(Index.Search("   ", 10));
    }

    [Fact]
    public void Max_results_caps_the_hits()
    {
        Assert.Single(Index.Search("widget", 1));
    }

    private static ArticleDetails Article(int id, string title, string html) =>
        new(id, [GettingStarted], title, html, DateTimeOffset.UnixEpoch, 4, []);
}
