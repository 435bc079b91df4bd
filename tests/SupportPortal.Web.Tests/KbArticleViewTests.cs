using Bunit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Components.Pages.KnowledgeBase;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests;

/// <summary>The article view rendered with bUnit: a sanitized body, the rating control and the comment form.</summary>
public sealed class KbArticleViewTests : BunitContext, IAsyncLifetime
{
    private readonly PortalHtmlSanitizer sanitizer = new();

    public KbArticleViewTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(Options.Create(new AntiforgeryOptions { FormFieldName = KbForms.AntiforgeryField }));
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Markdown_body_is_rendered_and_its_hostile_parts_are_gone()
    {
        var view = RenderArticle("## Install\n\nRun **setup**.\n\n<script>alert(1)</script><img src=x onerror=alert(1)>[bad](javascript:alert(1))", ContentFormat.Markdown);

        var body = view.Find(".kb-article-body");
        Assert.Equal("Install", body.QuerySelector("h2")!.TextContent);
        Assert.Equal("setup", body.QuerySelector("strong")!.TextContent);
        KbSafeMarkup.AssertHarmless(body);
    }

    [Fact]
    public void Html_body_loses_styles_frames_and_event_handlers()
    {
        var view = RenderArticle("<p style=\"position:fixed\" onclick=\"alert(1)\">Hello</p><iframe src=\"https://evil.example\"></iframe>", ContentFormat.Html);

        var body = view.Find(".kb-article-body");
        Assert.Equal("<p>Hello</p>", body.InnerHtml.Trim());
    }

    [Fact]
    public void Rating_control_asks_was_this_helpful_with_yes_and_no_buttons_in_one_form()
    {
        var view = RenderArticle("Body", ContentFormat.PlainText);

        var buttons = view.Find("#rating form").QuerySelectorAll("button[type=submit]");
        Assert.Equal(["Yes", "No"], buttons.Select(b => b.TextContent.Trim()));
        Assert.Equal(["helpful", "not-helpful"], buttons.Select(b => b.GetAttribute("value")));
        Assert.Contains("Was this article helpful?", view.Find("#rating h2").TextContent);
        Assert.Contains("Rated 4 out of 5", view.Find(".kb-article-meta").TextContent);
    }

    [Fact]
    public void After_a_vote_the_buttons_give_way_to_thanks_with_the_new_rating()
    {
        var view = RenderArticle("Body", ContentFormat.PlainText, p => p.Add(v => v.Vote, VoteOutcome.Counted));

        Assert.Empty(view.FindAll("#rating button"));
        Assert.Contains("now rated 4 out of 5", view.Find("#rating [role=status]").TextContent);
    }

    [Fact]
    public void Comment_form_has_labelled_fields_and_hides_when_the_backend_takes_no_comments()
    {
        var withComments = RenderArticle("Body", ContentFormat.PlainText, p => p.Add(v => v.CommentsEnabled, true));
        Assert.Equal("kb-comment-name", withComments.Find("label:contains('Name')").GetAttribute("for"));
        Assert.NotNull(withComments.Find("#kb-comment-text"));
        Assert.Contains("Alice Customer", withComments.Find(".kb-comments").TextContent);

        var withoutComments = RenderArticle("Body", ContentFormat.PlainText, p => p.Add(v => v.CommentsEnabled, false));
        Assert.Empty(withoutComments.FindAll(".kb-comments, #comment-form"));
    }

    [Fact]
    public void A_comment_that_needs_correction_keeps_its_text_and_marks_the_field()
    {
        var view = RenderArticle("Body", ContentFormat.PlainText, p => p
            .Add(v => v.CommentsEnabled, true)
            .Add(v => v.Draft, new CommentDraft("", "my kept words"))
            .Add(v => v.CommentOutcome, CommentOutcome.NeedsCorrection));

        Assert.Equal("true", view.Find("#kb-comment-name").GetAttribute("aria-invalid"));
        Assert.Contains("Please enter your name.", view.Find("#kb-comment-name-error").TextContent);
        Assert.Equal("my kept words", view.Find("#kb-comment-text").TextContent);
    }

    private IRenderedComponent<ArticleView> RenderArticle(string body, ContentFormat format, Action<ComponentParameterCollectionBuilder<ArticleView>>? more = null)
    {
        var article = new ArticleDetails(
            3,
            [new Breadcrumb(1, "Getting Started")],
            "How to install the Widget client",
            sanitizer.ToSafeHtml(body, format),
            new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero),
            4,
            [new ArticleComment("Alice Customer", DateTimeOffset.UnixEpoch, "Worked first time")]);
        return Render<ArticleView>(p =>
        {
            p.Add(v => v.Article, article);
            more?.Invoke(p);
        });
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously.
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
