using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests;

/// <summary>The knowledge-base search as the new-ticket form's deflection uses it: subject words as typed, on the demo knowledge base.</summary>
[Collection(PortalCollection.Name)]
public sealed class KnowledgeBaseSearchTests(PortalFactory portal)
{
    private KnowledgeBaseSearch Search => portal.Services.GetRequiredService<KnowledgeBaseSearch>();

    [Fact]
    public async Task Subject_words_find_the_article_whose_title_has_them_first()
    {
        var hits = await Search.SearchAsync("Install the widget client", 5, CancellationToken.None);

        Assert.Equal("How to install the Widget client", hits[0].Title);
        Assert.InRange(hits.Count, 1, 5);
    }

    [Fact]
    public async Task One_typo_in_a_longer_word_still_finds_it_case_insensitively()
    {
        var hits = await Search.SearchAsync("INSTALLL widgett", 5, CancellationToken.None);

        Assert.Contains(hits, h => h.Title == "How to install the Widget client");
    }

    [Fact]
    public async Task Highlights_mark_the_matching_words_in_the_snippet()
    {
        var hit = (await Search.SearchAsync("client", 1, CancellationToken.None)).Single();

        Assert.NotEmpty(hit.Highlights);
        Assert.All(hit.Highlights, h => Assert.StartsWith("client", hit.Snippet.Substring(h.Start, h.Length), StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("**", hit.Snippet);
    }

    [Fact]
    public async Task Words_that_match_nothing_find_nothing()
    {
        Assert.Empty(await Search.SearchAsync("xylophone quarantine", 5, CancellationToken.None));
    }
}
