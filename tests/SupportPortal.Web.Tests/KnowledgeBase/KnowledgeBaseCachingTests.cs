using System.Net;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>A warm knowledge-base page costs the helpdesk nothing, and cached pages stay each visitor's own where they must.</summary>
public sealed class KnowledgeBaseCachingTests(CountingPortalFactory portal) : IClassFixture<CountingPortalFactory>
{
    [Fact]
    public async Task Warm_article_page_makes_no_backend_call()
    {
        var (url, _) = await WarmAsync();
        portal.Counter.Reset();

        var response = await portal.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(DemoKnowledgeBase.InstallArticle, await response.Content.ReadAsStringAsync());
        Assert.Empty(portal.Counter.Calls);
        Assert.True(response.Headers.Age.HasValue, "The warm page was not served from the output cache.");
    }

    [Fact]
    public async Task Article_page_rendered_again_after_its_cached_copy_is_evicted_still_makes_no_backend_call()
    {
        var (url, id) = await WarmAsync();
        await portal.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(KnowledgeBaseCacheKeys.ArticlePage(id), default);
        portal.Counter.Reset();

        var response = await portal.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Age.HasValue, "The page was expected to be rendered, not served from the output cache.");
        Assert.Contains(DemoKnowledgeBase.InstallArticle, await response.Content.ReadAsStringAsync());
        Assert.Empty(portal.Counter.Calls);
    }

    [Fact]
    public async Task Cached_article_page_gives_each_visitor_their_own_antiforgery_token_and_cookie()
    {
        var (url, _) = await WarmAsync();
        var alice = portal.CreateClient();
        var bob = portal.CreateClient();

        var aliceResponse = await alice.GetAsync(url);
        var bobResponse = await bob.GetAsync(url);
        var aliceToken = await TokenOfAsync(aliceResponse);
        var bobToken = await TokenOfAsync(bobResponse);

        Assert.True(bobResponse.Headers.Age.HasValue, "The second visitor was expected to get the cached page.");
        Assert.NotEqual(aliceToken, bobToken);
        Assert.NotEqual(AntiforgeryCookie(aliceResponse), AntiforgeryCookie(bobResponse));
        Assert.DoesNotContain(FormTokenSlotsAttribute.Placeholder, await bobResponse.Content.ReadAsStringAsync());

        // Each token works for its own visitor, from the cached page as well as from the rendered one.
        Assert.Equal(HttpStatusCode.OK, (await ArticleForms.CommentAsync(bob, url, bobToken, "Bob", "From the cached page.")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ArticleForms.CommentAsync(alice, url, aliceToken, "Alice", "From the rendered page.")).StatusCode);
    }

    [Fact]
    public async Task Visitor_who_already_has_the_antiforgery_cookie_gets_no_new_one()
    {
        var (url, _) = await WarmAsync();
        var client = portal.CreateClient();
        await client.GetAsync(url);

        var again = await client.GetAsync(url);

        Assert.Null(AntiforgeryCookie(again));
        Assert.False(string.IsNullOrEmpty(await TokenOfAsync(again)));
    }

    /// <summary>Builds the search index (which walks, and so warms, the whole knowledge base) and renders the article once.</summary>
    private async Task<(string Url, int Id)> WarmAsync()
    {
        await portal.Services.GetRequiredService<KnowledgeBaseSearch>().RefreshAsync(default);
        var id = await DemoKnowledgeBase.InstallArticleIdAsync(portal.Services);
        var url = $"/kb/article/{id}";
        await portal.CreateClient().GetStringAsync(url);
        return (url, id);
    }

    private static async Task<string?> TokenOfAsync(HttpResponseMessage response) =>
        ArticleForms.Parse(await response.Content.ReadAsStringAsync())
            .QuerySelector($"input[name={ArticleForms.TokenField}]")?.GetAttribute("value");

    private static string? AntiforgeryCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal))
            : null;
}
