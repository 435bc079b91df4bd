using System.Net;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests;

/// <summary>Warm knowledge-base pages come from the cache: no backend call until a vote or comment makes them stale.</summary>
public sealed class KbCachingTests(KbPortalFactory portal) : IClassFixture<KbPortalFactory>
{
    [Fact]
    public async Task Warm_article_page_makes_no_backend_call()
    {
        var id = await KbDemoData.ArticleIdAsync(portal.Services, KbDemoData.Troubleshooting, "Collecting diagnostic logs");
        var client = portal.CreateClient();
        await client.GetStringAsync($"/kb/article/{id}");
        var before = portal.Helpdesk.Total;

        var response = await client.GetAsync($"/kb/article/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, portal.Helpdesk.Total);
    }

    [Fact]
    public async Task Warm_category_page_makes_no_backend_call()
    {
        var category = await KbDemoData.CategoryIdAsync(portal.Services, "API & Integrations");
        var client = portal.CreateClient();
        await client.GetStringAsync($"/kb/category/{category}");
        var before = portal.Helpdesk.Total;

        await client.GetStringAsync($"/kb/category/{category}");

        Assert.Equal(before, portal.Helpdesk.Total);
    }

    [Fact]
    public async Task Cached_article_page_still_carries_each_visitors_own_antiforgery_token()
    {
        var id = await KbDemoData.ArticleIdAsync(portal.Services, KbDemoData.GettingStarted, KbDemoData.InstallArticle);
        var path = $"/kb/article/{id}";
        var first = portal.CreateClient();
        var second = portal.CreateClient();

        var firstToken = TokenOf(await first.GetStringAsync(path));
        var secondToken = TokenOf(await second.GetStringAsync(path));

        Assert.NotEqual(firstToken, secondToken);
        var vote = await KbForms.ByButton(path, await second.GetStringAsync(path), "Yes").PostAsync(second);
        Assert.Equal(HttpStatusCode.OK, vote.StatusCode);
    }

    [Fact]
    public async Task A_vote_makes_the_cached_article_page_fresh_again()
    {
        var id = await KbDemoData.ArticleIdAsync(portal.Services, "Account & Billing", "Updating your payment method");
        var path = $"/kb/article/{id}";
        var client = portal.CreateClient();
        var html = await client.GetStringAsync(path);
        var reads = portal.Helpdesk.Calls.GetValueOrDefault(nameof(IHelpdesk.GetKnowledgeBaseArticleAsync));

        await KbForms.ByButton(path, html, "No").PostAsync(client);
        await portal.CreateClient().GetStringAsync(path);

        Assert.True(portal.Helpdesk.Calls[nameof(IHelpdesk.GetKnowledgeBaseArticleAsync)] > reads);
    }

    private static string TokenOf(string html) =>
        KbSafeMarkup.ParsePage(html).QuerySelector($"input[name='{KbForms.AntiforgeryField}']")?.GetAttribute("value")
        ?? throw new Xunit.Sdk.XunitException("The page has no antiforgery field.");
}
