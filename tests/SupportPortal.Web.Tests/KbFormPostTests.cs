using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests;

/// <summary>Rating and commenting as plain form posts (no script), with antiforgery, one vote each and a rate limit.</summary>
public sealed class KbFormPostTests(KbPortalFactory portal) : IClassFixture<KbPortalFactory>
{
    [Fact]
    public async Task Voting_yes_records_one_vote_and_the_page_answers_with_thanks()
    {
        var id = await KbDemoData.ArticleIdAsync(portal.Services, KbDemoData.GettingStarted, "Creating your first project");
        var client = portal.CreateClient();
        var path = $"/kb/article/{id}";
        var rated = portal.Helpdesk.Calls.GetValueOrDefault(nameof(IHelpdesk.RateKnowledgeBaseArticleAsync));

        var response = await KbForms.ByButton(path, await client.GetStringAsync(path), "Yes").PostAsync(client);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(rated + 1, portal.Helpdesk.Calls[nameof(IHelpdesk.RateKnowledgeBaseArticleAsync)]);
        Assert.Contains("Thanks for your feedback", KbSafeMarkup.PlainText(html));
    }

    [Fact]
    public async Task A_visitor_votes_once_per_article_even_when_posting_again()
    {
        var id = await KbDemoData.ArticleIdAsync(portal.Services, KbDemoData.GettingStarted, "System requirements");
        var client = portal.CreateClient();
        var path = $"/kb/article/{id}";
        var form = KbForms.ByButton(path, await client.GetStringAsync(path), "No");
        await form.PostAsync(client);
        var afterFirst = portal.Helpdesk.Calls[nameof(IHelpdesk.RateKnowledgeBaseArticleAsync)];

        var second = await form.PostAsync(client);
        var answer = KbSafeMarkup.PlainText(await second.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(afterFirst, portal.Helpdesk.Calls[nameof(IHelpdesk.RateKnowledgeBaseArticleAsync)]);
        Assert.Contains("You have already rated this article", answer);
    }

    [Fact]
    public async Task The_new_rating_shows_at_once_after_the_vote()
    {
        var id = await KbDemoData.ArticleIdAsync(portal.Services, "Account & Billing", "Understanding your invoice");
        var helpdesk = portal.Services.GetRequiredService<IHelpdesk>();
        var client = portal.CreateClient();
        var path = $"/kb/article/{id}";
        var form = KbForms.ByButton(path, await client.GetStringAsync(path), "Yes");

        var html = await (await form.PostAsync(client)).Content.ReadAsStringAsync();
        var rating = (await helpdesk.GetKnowledgeBaseArticleAsync(id)).Rating;

        Assert.Contains($"Rated {rating} out of 5", KbSafeMarkup.PlainText(html));
        Assert.Contains($"Rated {rating} out of 5", KbSafeMarkup.PlainText(await client.GetStringAsync(path)));
    }

    [Fact]
    public async Task Vote_without_antiforgery_token_is_refused_with_400_and_not_recorded()
    {
        var id = await KbDemoData.ArticleIdAsync(portal.Services, "API & Integrations", "Receiving webhooks");
        var client = portal.CreateClient();
        var path = $"/kb/article/{id}";
        var form = KbForms.ByButton(path, await client.GetStringAsync(path), "Yes").Without(KbForms.AntiforgeryField);
        var rated = portal.Helpdesk.Calls.GetValueOrDefault(nameof(IHelpdesk.RateKnowledgeBaseArticleAsync));

        var response = await form.PostAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(rated, portal.Helpdesk.Calls.GetValueOrDefault(nameof(IHelpdesk.RateKnowledgeBaseArticleAsync)));
    }

    [Fact]
    public async Task Comment_is_posted_and_shown_on_the_article()
    {
        var id = await KbDemoData.ArticleIdAsync(portal.Services, "API & Integrations", "Authenticating with API keys");
        var client = portal.CreateClient();
        var path = $"/kb/article/{id}";
        var html = await client.GetStringAsync(path);
        var form = KbForms.ByButton(path, html, "Post comment")
            .SetByLabel(html, "Name", "Carol Visitor")
            .SetByLabel(html, "Comment", "Rotating keys monthly works well for us.");

        var response = await form.PostAsync(client);
        var after = KbSafeMarkup.PlainText(await client.GetStringAsync(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Carol Visitor", after);
        Assert.Contains("Rotating keys monthly works well for us.", after);
    }

    [Fact]
    public async Task Comment_without_antiforgery_token_is_refused_with_400()
    {
        var id = await KbDemoData.InstallArticleIdAsync(portal.Services);
        var client = portal.CreateClient();
        var path = $"/kb/article/{id}";
        var html = await client.GetStringAsync(path);
        var form = KbForms.ByButton(path, html, "Post comment")
            .SetByLabel(html, "Name", "Mallory")
            .SetByLabel(html, "Comment", "Posted from another site")
            .Without(KbForms.AntiforgeryField);

        var response = await form.PostAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Posted from another site", await client.GetStringAsync(path));
    }

    [Fact]
    public async Task Empty_comment_gets_a_message_beside_the_field_and_keeps_the_name_typed()
    {
        var id = await KbDemoData.InstallArticleIdAsync(portal.Services);
        var client = portal.CreateClient();
        var path = $"/kb/article/{id}";
        var html = await client.GetStringAsync(path);
        var form = KbForms.ByButton(path, html, "Post comment")
            .SetByLabel(html, "Name", "Dora Keeps-Her-Name")
            .SetByLabel(html, "Comment", "   ");
        var posted = portal.Helpdesk.Calls.GetValueOrDefault(nameof(IHelpdesk.AddKnowledgeBaseArticleCommentAsync));

        var response = await form.PostAsync(client);
        var answer = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Please write your comment.", KbSafeMarkup.PlainText(answer));
        Assert.Equal(posted, portal.Helpdesk.Calls.GetValueOrDefault(nameof(IHelpdesk.AddKnowledgeBaseArticleCommentAsync)));
        Assert.Contains("value=\"Dora Keeps-Her-Name\"", answer);
        Assert.Contains("aria-invalid=\"true\"", answer);
    }

    [Fact]
    public async Task Too_long_comment_is_refused_and_its_text_kept()
    {
        var id = await KbDemoData.InstallArticleIdAsync(portal.Services);
        var client = portal.CreateClient();
        var path = $"/kb/article/{id}";
        var html = await client.GetStringAsync(path);
        var essay = string.Concat(Enumerable.Repeat("very long words ", 500)).Trim();
        var form = KbForms.ByButton(path, html, "Post comment")
            .SetByLabel(html, "Name", "Eve")
            .SetByLabel(html, "Comment", essay);

        var response = await form.PostAsync(client);
        var answer = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(essay, answer);
        Assert.Contains("aria-invalid=\"true\"", answer);
    }
}
