using SupportPortal.Helpdesk;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>What the knowledge-base search finds, in which order, and what it marks.</summary>
public sealed class KnowledgeBaseIndexTests
{
    private static readonly KnowledgeBaseIndex Index = KnowledgeBaseIndex.Build(
    [
        Article(1, "How to install the Widget client", "<p>The Widget client runs on Windows, macOS and Debian-based Linux.</p><p>Installing it takes five minutes.</p>"),
        Article(2, "Using the Widget client behind a proxy", "<p>Set the proxy before you install anything else. The proxy must allow widget.example.com.</p>"),
        Article(3, "Understanding your invoice", "<p>Your invoice lists every seat. To install more seats, contact billing.</p>"),
        Article(4, "Café opening hours", "<p>The café in the lobby opens at eight.</p>"),
        Article(5, "Receiving webhooks", "<p>Webhooks are signed with your secret key.</p>"),
    ]);

    [Theory]
    [InlineData("instal widgit")]
    [InlineData("widgte client")]
    [InlineData("how to intsall the widget")]
    [InlineData("INSTALLING Widget")]
    public void Typos_and_word_forms_still_find_the_install_article_first(string query)
    {
        var hits = Index.Search(query, 10);

        Assert.Equal(1, hits.First().ArticleId);
    }

    [Fact]
    public void Articles_matching_every_word_rank_above_those_matching_some()
    {
        var hits = Index.Search("install proxy", 10);

        Assert.Equal(2, hits.First().ArticleId);
    }

    [Fact]
    public void Accents_are_ignored_both_ways()
    {
        Assert.Equal(4, Assert.Single(Index.Search("cafe", 10)).ArticleId);
        Assert.Equal(4, Assert.Single(Index.Search("CAFÉ", 10)).ArticleId);
    }

    [Fact]
    public void Title_highlights_point_at_the_matched_words()
    {
        var hit = Index.Search("instal widgit", 10).First();

        Assert.Equal(["install", "Widget"], hit.TitleHighlights.Select(h => hit.Title.Substring(h.Start, h.Length)));
    }

    [Fact]
    public void Snippet_is_plain_text_with_highlights_on_the_matched_words()
    {
        var hit = Index.Search("signed secret", 10).Single();

        Assert.Equal("Webhooks are signed with your secret key.", hit.Snippet);
        Assert.Equal(["signed", "secret"], hit.Highlights.Select(h => hit.Snippet.Substring(h.Start, h.Length)));
    }

    [Fact]
    public void Snippet_of_a_long_body_starts_near_the_match_and_says_text_was_left_out()
    {
        var filler = string.Concat(Enumerable.Repeat("Nothing to see in this sentence. ", 30));
        var index = KnowledgeBaseIndex.Build([Article(9, "Long read", $"<p>{filler}The flux capacitor needs 1.21 gigawatts. {filler}</p>")]);

        var hit = index.Search("capacitor", 5).Single();

        Assert.StartsWith("…", hit.Snippet);
        Assert.EndsWith("…", hit.Snippet);
        Assert.True(hit.Snippet.Length <= 205, hit.Snippet);
        var marked = Assert.Single(hit.Highlights);
        Assert.Equal("capacitor", hit.Snippet.Substring(marked.Start, marked.Length));
    }

    [Fact]
    public void Common_words_alone_do_not_match_everything()
    {
        Assert.Equal(1, Index.Search("how to install the", 10).First().ArticleId);
        Assert.Equal(3, Index.Search("install", 10).Count);
    }

    [Fact]
    public void Short_words_are_not_guessed_at()
    {
        Assert.Empty(Index.Search("cat", 10));
    }

    [Fact]
    public void Article_body_html_is_searched_as_the_text_a_reader_sees()
    {
        var index = KnowledgeBaseIndex.Build([Article(7, "Markup", "<p>first</p><p>second<br>third</p><pre><code>widget --version</code></pre>")]);

        var hit = index.Search("version", 5).Single();

        Assert.Equal("first second third widget --version", hit.Snippet);
        Assert.Empty(index.Search("pre", 5));
    }

    [Fact]
    public void Hit_carries_the_articles_trail()
    {
        var index = KnowledgeBaseIndex.Build([Article(8, "Deep", "<p>deep text</p>", new Breadcrumb(1, "Troubleshooting"), new Breadcrumb(2, "Connection problems"))]);

        Assert.Equal(["Troubleshooting", "Connection problems"], index.Search("deep", 5).Single().Trail.Select(t => t.Title));
    }

    private static ArticleDetails Article(int id, string title, string bodyHtml, params Breadcrumb[] trail) =>
        new(id, trail, title, bodyHtml, DateTimeOffset.UnixEpoch, 3, []);
}
