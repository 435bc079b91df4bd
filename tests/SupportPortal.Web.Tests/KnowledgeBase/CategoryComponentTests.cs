using Bunit;
using SupportPortal.Web.Components.Pages.KnowledgeBase;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>The knowledge base's home and category pages: categories with their article counts, articles with their rating.</summary>
public sealed class CategoryComponentTests() : KnowledgeBaseComponentTest(KnowledgeBase)
{
    private static readonly InMemoryKnowledgeBase KnowledgeBase = new InMemoryKnowledgeBase()
        .AddCategory(1, "Troubleshooting")
        .AddCategory(2, "Connection problems", parentId: 1)
        .AddCategory(3, "Proxies", parentId: 2)
        .AddCategory(4, "Billing")
        .AddCategory(5, "Empty corner", parentId: 4)
        .AddArticle(11, 1, "Collecting diagnostic logs", "<p>Logs.</p>", rating: 5)
        .AddArticle(12, 2, "Fixing refused connections", "<p>Firewall.</p>", rating: 2)
        .AddArticle(13, 3, "Proxy settings", "<p>Proxy.</p>")
        .AddArticle(14, 4, "Reading your invoice", "<p>Invoice.</p>", rating: 1);

    [Fact]
    public void Category_page_shows_breadcrumbs_sub_categories_with_counts_and_articles_with_ratings()
    {
        var page = Render<CategoryPage>(p => p.Add(c => c.Id, 2));

        Assert.Equal(["Knowledge base", "Troubleshooting", "Connection problems"], page.FindAll("nav[aria-label=Breadcrumb] li").Select(li => li.TextContent.Trim()));
        Assert.Equal("/kb/category/1", page.Find("nav[aria-label=Breadcrumb] a[href='/kb/category/1']").GetAttribute("href"));
        Assert.Equal("Connection problems", page.Find("h1").TextContent);
        var card = page.Find("a.kb-category-card");
        Assert.Equal("/kb/category/3", card.GetAttribute("href"));
        Assert.Equal(("Proxies", "1 article"), (card.QuerySelector(".kb-category-title")!.TextContent, card.QuerySelector(".kb-category-count")!.TextContent));
        var article = page.Find(".kb-article-list li");
        Assert.Equal("/kb/article/12", article.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Fixing refused connections", article.QuerySelector("a")!.TextContent);
        Assert.Equal("Rated 2 out of 5", article.QuerySelector(".kb-rating-text")!.TextContent);
    }

    [Fact]
    public void Category_without_articles_of_its_own_says_so_and_points_to_support()
    {
        var page = Render<CategoryPage>(p => p.Add(c => c.Id, 5));

        Assert.Contains("There are no articles directly in this category", page.Find(".kb-empty").TextContent);
        Assert.Equal("/tickets/new", page.Find(".kb-empty a").GetAttribute("href"));
        Assert.Empty(page.FindAll("a.kb-category-card"));
    }

    [Fact]
    public void Knowledge_base_home_lists_top_categories_with_the_articles_of_all_their_sub_categories_counted()
    {
        var page = Render<Topics>();

        page.WaitForAssertion(() =>
        {
            var cards = page.FindAll("a.kb-category-card");
            Assert.Equal(
                [("Troubleshooting", "3 articles"), ("Billing", "1 article")],
                cards.Select(c => (c.QuerySelector(".kb-category-title")!.TextContent, c.QuerySelector(".kb-category-count")!.TextContent)));
        });
    }
}
