using System.Net;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>A backend without article comments: the page neither shows comments nor takes them.</summary>
public sealed class CommentCapabilityTests(CommentCapabilityTests.NoCommentsFactory portal) : IClassFixture<CommentCapabilityTests.NoCommentsFactory>
{
    [Fact]
    public async Task Article_page_hides_comments_when_the_backend_has_no_article_comments()
    {
        var document = ArticleForms.Parse(await portal.CreateClient().GetStringAsync("/kb/article/11"));

        Assert.Equal("Resetting the router", document.QuerySelector("h1")?.TextContent);
        Assert.Null(document.QuerySelector("#comments"));
        Assert.Null(document.QuerySelector("form#comment-form"));
        Assert.NotNull(document.QuerySelector("section#rating form"));
    }

    [Fact]
    public async Task Comment_posted_anyway_is_refused_with_400_and_not_passed_to_a_backend_without_article_comments()
    {
        var client = portal.CreateClient();
        var token = await ArticleForms.TokenAsync(client, "/kb/article/11");

        var response = await ArticleForms.CommentAsync(client, "/kb/article/11", token, "Mallory", "Sneaked in");

        // The page renders no comment form, so Blazor finds no form to hand the post to.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await portal.KnowledgeBaseBackend.GetKnowledgeBaseArticleAsync(11)).Comments);
    }

    public sealed class NoCommentsFactory : InMemoryKnowledgeBaseFactory
    {
        public InMemoryKnowledgeBase KnowledgeBaseBackend { get; } = new InMemoryKnowledgeBase(HelpdeskCapabilities.All with { ArticleComments = false })
            .AddCategory(1, "Networking")
            .AddArticle(11, 1, "Resetting the router", "<p>Hold the button for ten seconds.</p>");

        protected override InMemoryKnowledgeBase KnowledgeBase => KnowledgeBaseBackend;
    }
}
