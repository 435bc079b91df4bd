using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>
/// "Was this article helpful?" and comments, posted as a browser without JavaScript posts them, on a portal of their
/// own (these tests change the demo data).
/// </summary>
public sealed class ArticleFormPostTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Vote_with_another_visitors_token_is_refused_with_400()
    {
        var (url, _) = await ArticleAsync("Creating your first project");
        var othersToken = await ArticleForms.TokenAsync(portal.CreateClient(), url);
        var client = portal.CreateClient();
        await ArticleForms.TokenAsync(client, url);

        var response = await ArticleForms.VoteAsync(client, url, othersToken, helpful: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Vote_is_counted_once_and_the_new_rating_shows_at_once_on_the_article_and_its_category()
    {
        // "Understanding your invoice" has 2 helpful votes of 8: rated round(1 + 4 × 2/8) = 2.
        var (url, id) = await ArticleAsync("Understanding your invoice", "Account & Billing");
        var categoryUrl = $"/kb/category/{await DemoKnowledgeBase.CategoryIdAsync(portal.Services, "Account & Billing")}";
        var client = portal.CreateClient();
        var token = await ArticleForms.TokenAsync(client, url);
        await client.GetStringAsync(categoryUrl); // cached before the vote, so the test sees the cache being evicted
        Assert.Equal(2, await RatingAsync(id));

        var response = await ArticleForms.VoteAsync(client, url, token, helpful: true);
        var document = ArticleForms.Parse(await response.Content.ReadAsStringAsync());

        // 3 helpful of 9 votes: round(1 + 4 × 3/9) = 2; a second visitor's helpful vote makes 4 of 10: round(2.6) = 3.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Thanks for your feedback!", document.QuerySelector("section#rating [role=status]")?.TextContent);
        var second = portal.CreateClient();
        var secondResponse = await ArticleForms.VoteAsync(second, url, await ArticleForms.TokenAsync(second, url), helpful: true);
        var secondDocument = ArticleForms.Parse(await secondResponse.Content.ReadAsStringAsync());
        Assert.Contains("now rated 3 out of 5", secondDocument.QuerySelector("section#rating [role=status]")?.TextContent);
        Assert.Contains("Rated 3 out of 5", secondDocument.QuerySelector(".kb-article-meta")?.TextContent);

        var freshArticle = ArticleForms.Parse(await portal.CreateClient().GetStringAsync(url));
        Assert.Contains("Rated 3 out of 5", freshArticle.QuerySelector(".kb-article-meta")?.TextContent);
        var category = ArticleForms.Parse(await portal.CreateClient().GetStringAsync(categoryUrl));
        var listed = Assert.Single(category.QuerySelectorAll(".kb-article-list li"), li => li.TextContent.Contains("Understanding your invoice"));
        Assert.Contains("Rated 3 out of 5", listed.TextContent);
    }

    [Fact]
    public async Task Comment_is_posted_and_listed_on_the_article_for_every_visitor_at_once()
    {
        var (url, id) = await ArticleAsync("Authenticating with API keys", "API & Integrations");
        var client = portal.CreateClient();
        var token = await ArticleForms.TokenAsync(client, url);
        await portal.CreateClient().GetStringAsync(url); // the page is now in the output cache

        var response = await ArticleForms.CommentAsync(client, url, token, "  Carol Visitor ", "Scoped keys are\na great idea.");
        var document = ArticleForms.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your comment is posted.", document.QuerySelector("form#comment-form [role=status]")?.TextContent);
        Assert.Equal(string.Empty, document.QuerySelector("#kb-comment-text")?.TextContent);
        var stored = Assert.Single(await CommentsAsync(id));
        Assert.Equal(("Carol Visitor", "Scoped keys are\na great idea."), (stored.Name, stored.Body));
        var later = ArticleForms.Parse(await portal.CreateClient().GetStringAsync(url));
        Assert.Equal("Scoped keys are\na great idea.", Assert.Single(later.QuerySelectorAll(".kb-comment-body")).TextContent);
    }

    private async Task<(string Url, int Id)> ArticleAsync(string title, string category = DemoKnowledgeBase.GettingStarted)
    {
        var id = await DemoKnowledgeBase.ArticleIdAsync(portal.Services, category, title);
        return ($"/kb/article/{id}", id);
    }

    private async Task<int> RatingAsync(int id) =>
        (await portal.Services.GetRequiredService<IHelpdesk>().GetKnowledgeBaseArticleAsync(id)).Rating;

    private async Task<IReadOnlyList<ArticleComment>> CommentsAsync(int id) =>
        (await portal.Services.GetRequiredService<IHelpdesk>().GetKnowledgeBaseArticleAsync(id)).Comments;
}
