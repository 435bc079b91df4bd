using Bunit;
using MudBlazor.Services;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Components.Pages.KnowledgeBase;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests;

/// <summary>The knowledge base's building blocks rendered on their own with bUnit.</summary>
public sealed class KbComponentTests : BunitContext, IAsyncLifetime
{
    public KbComponentTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Category_cards_link_to_their_pages_with_their_article_counts()
    {
        var cards = Render<CategoryCards>(p => p.Add(c => c.Cards, [new CategoryCard(4, "Getting Started", 3), new CategoryCard(9, "Webhooks", 1)]));

        var links = cards.FindAll("a");
        Assert.Equal(["/kb/category/4", "/kb/category/9"], links.Select(a => a.GetAttribute("href")));
        Assert.Contains("3 articles", links[0].TextContent);
        Assert.Contains("1 article", links[1].TextContent);
        Assert.DoesNotContain("1 articles", links[1].TextContent);
    }

    [Fact]
    public void Article_list_shows_each_article_with_its_rating_in_words()
    {
        var list = Render<ArticleList>(p => p.Add(a => a.Articles, [new KnowledgeBaseArticleSummary(12, "Fixing connection refused errors", 4)]));

        var link = list.Find("a");
        Assert.Equal("/kb/article/12", link.GetAttribute("href"));
        Assert.Equal("Fixing connection refused errors", link.TextContent.Trim());
        Assert.Contains("Rated 4 out of 5", list.Find("li").TextContent);
    }

    [Fact]
    public void Rating_stars_are_hidden_from_screen_readers_while_the_words_say_the_rating()
    {
        var rating = Render<RatingStars>(p => p.Add(r => r.Rating, 2));

        Assert.Equal("true", rating.Find(".kb-stars").GetAttribute("aria-hidden"));
        Assert.Equal("Rated 2 out of 5", rating.Find(".kb-rating-text").TextContent.Trim());
    }

    [Fact]
    public void Search_results_link_each_hit_and_mark_the_matches_in_its_snippet()
    {
        var hit = new KnowledgeBaseSearchHit(5, "How to install the Widget client", "Download the installer and run it.", [(13, 9)])
        {
            TitleHighlights = [(7, 7)],
            Trail = [new Breadcrumb(1, "Getting Started")],
        };

        var results = Render<SearchResults>(p => p.Add(r => r.Query, "instal").Add(r => r.Hits, [hit]));

        Assert.Equal("/kb/article/5", results.Find("a.kb-result-title").GetAttribute("href"));
        Assert.Equal(["install", "installer"], results.FindAll("mark").Select(m => m.TextContent));
        Assert.Contains("Getting Started", results.Find("li").TextContent);
        Assert.Contains("1 article", results.Find("[role=status]").TextContent);
    }

    [Fact]
    public void Search_results_encode_a_hostile_snippet_as_text()
    {
        var hit = new KnowledgeBaseSearchHit(5, "<img src=x onerror=alert(1)>", "<script>alert(1)</script> widget", [(27, 6)]);

        var results = Render<SearchResults>(p => p.Add(r => r.Query, "widget").Add(r => r.Hits, [hit]));

        Assert.Empty(results.FindAll("script, img"));
        Assert.Contains("<script>alert(1)</script>", results.Find(".kb-result-snippet").TextContent);
    }

    [Fact]
    public void No_search_results_is_announced_with_a_way_on()
    {
        var results = Render<SearchResults>(p => p.Add(r => r.Query, "zzqxv").Add(r => r.Hits, []));

        var status = results.Find("[role=status]");
        Assert.Contains("No articles match", status.TextContent);
        Assert.NotNull(status.QuerySelector("a[href='/kb']"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously.
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
