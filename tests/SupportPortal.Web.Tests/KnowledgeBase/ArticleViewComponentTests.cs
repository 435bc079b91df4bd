using Bunit;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Components.Pages.KnowledgeBase;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>The article page and its view: a failed vote, comments as plain text, a fresh comment form.</summary>
public sealed class ArticleViewComponentTests() : KnowledgeBaseComponentTest(KnowledgeBase)
{
    private static readonly InMemoryKnowledgeBase KnowledgeBase = Build();

    [Fact]
    public void A_vote_that_failed_says_so_and_offers_the_buttons_again()
    {
        var view = Render<ArticleView>(p => p.Add(v => v.Article, Details()).Add(v => v.Vote, VoteOutcome.Failed));

        Assert.Contains("We couldn't record your answer", view.Find("section#rating [role=alert]").TextContent);
        Assert.Equal(2, view.FindAll("section#rating button[type=submit]").Count);
    }

    [Fact]
    public void Comments_are_listed_earliest_first_as_plain_text()
    {
        var page = Render<ArticlePage>(p => p.Add(a => a.Id, 21));

        Assert.Equal("Comments (2)", page.Find("#kb-comments-heading").TextContent);
        Assert.Equal(["Alice Customer", "Bob <b>Customer</b>"], page.FindAll(".kb-comment-meta strong").Select(s => s.TextContent));
        Assert.Equal("First!", page.FindAll(".kb-comment-body")[0].TextContent);
        Assert.Empty(page.FindAll(".kb-comment b"));
    }

    [Fact]
    public void Fresh_comment_form_shows_no_errors()
    {
        var view = Render<ArticleView>(p => p.Add(v => v.Article, Details()).Add(v => v.CommentsEnabled, true));

        Assert.Empty(view.FindAll(".kb-field-error"));
        Assert.Null(view.Find("#kb-comment-name").GetAttribute("aria-invalid"));
        Assert.Equal("post", view.Find("form#comment-form").GetAttribute("method"));
        Assert.Equal(string.Empty, view.Find("#kb-comment-text").TextContent);
    }

    private static ArticleDetails Details() => new(
        5,
        [new Breadcrumb(1, "Getting Started")],
        "Viewed article",
        "<p>Body</p>",
        new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero),
        4,
        []);

    private static InMemoryKnowledgeBase Build()
    {
        var knowledgeBase = new InMemoryKnowledgeBase()
            .AddCategory(1, "Getting Started")
            .AddArticle(
                21,
                1,
                "Sanitized article",
                "<h2>Steps</h2><script>alert(1)</script><p onclick=\"steal()\" style=\"position:fixed\">Hello <a href=\"javascript:alert(1)\">there</a></p><p><a href=\"https://example.com/help\">help</a></p>",
                rating: 4)
            .AddArticle(22, 1, "Markdown article", "## Before you start\n\n- Check the requirements\n- Close the old client\n\nRun `widget --version`.", ContentFormat.Markdown);
        knowledgeBase.AddKnowledgeBaseArticleCommentAsync(21, "Alice Customer", "First!").GetAwaiter().GetResult();
        knowledgeBase.AddKnowledgeBaseArticleCommentAsync(21, "Bob <b>Customer</b>", "Second <b>bold</b> words").GetAwaiter().GetResult();
        return knowledgeBase;
    }
}
