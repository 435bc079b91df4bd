using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>The search box on every knowledge-base page, typo-tolerant results, and real 404s.</summary>
[Collection(PortalCollection.Name)]
public sealed class KnowledgeBasePageTests(PortalFactory portal)
{
    [Fact]
    public async Task Search_with_a_typo_lists_the_install_article_first_with_the_matches_marked()
    {
        var html = await portal.CreateClient().GetStringAsync("/kb/search?q=instal+widgte");
        var document = ArticleForms.Parse(html);

        var first = document.QuerySelectorAll("li.kb-result").First();
        Assert.Equal(DemoKnowledgeBase.InstallArticle, first.QuerySelector("a.kb-result-title")?.TextContent);
        Assert.Equal(["install", "Widget"], first.QuerySelectorAll("a.kb-result-title mark").Select(m => m.TextContent));
        Assert.Contains(first.QuerySelectorAll(".kb-result-snippet mark"), m => m.TextContent == "Widget");
        Assert.Equal("instal widgte", document.QuerySelector("input[name=q]")?.GetAttribute("value"));
        AssertStaticPage(html);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/kb")]
    [InlineData("/kb/search?q=invoice")]
    public async Task Page_offers_the_knowledge_base_search_as_a_labelled_get_form(string url)
    {
        var document = ArticleForms.Parse(await portal.CreateClient().GetStringAsync(url));

        var form = Assert.Single(document.QuerySelectorAll("form[role=search]"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/kb/search", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.Equal("Search the knowledge base", form.QuerySelector($"label[for={input.Id}]")?.TextContent);
    }

    [Fact]
    public async Task Category_and_article_pages_offer_the_search_too()
    {
        var id = await DemoKnowledgeBase.InstallArticleIdAsync(portal.Services);
        var category = await DemoKnowledgeBase.CategoryIdAsync(portal.Services, DemoKnowledgeBase.GettingStarted);
        var client = portal.CreateClient();

        foreach (var url in new[] { $"/kb/article/{id}", $"/kb/category/{category}" })
        {
            var document = ArticleForms.Parse(await client.GetStringAsync(url));
            Assert.Single(document.QuerySelectorAll("form[role=search][action='/kb/search']"));
        }
    }

    [Theory]
    [InlineData("/kb/article/987654")]
    [InlineData("/kb/category/987654")]
    [InlineData("/kb/article/0")]
    [InlineData("/kb/article/not-a-number")]
    public async Task Unknown_article_or_category_answers_404_with_a_search_box_and_a_link_home(string url)
    {
        var response = await portal.CreateClient().GetAsync(url);
        var document = ArticleForms.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("We couldn't find that page", document.QuerySelector("h1")?.TextContent);
        Assert.NotNull(document.QuerySelector("form[role=search] input[name=q]"));
        Assert.NotNull(document.QuerySelector("main a[href='/']"));
    }

    /// <summary>Static SSR: no component asks blazor.web.js for a circuit.</summary>
    private static void AssertStaticPage(string html)
    {
        Assert.DoesNotContain("<!--Blazor:{", html);
        Assert.DoesNotContain("\"type\":\"server\"", html);
    }
}
