using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>Comments are limited per network address; a refused comment keeps its text and says why.</summary>
public sealed class CommentRateLimitTests(RateLimitedPortalFactory portal) : IClassFixture<RateLimitedPortalFactory>
{
    [Fact]
    public async Task Comment_over_the_allowance_of_an_address_is_refused_with_429_and_its_text_kept_while_another_address_may_post()
    {
        var id = await DemoKnowledgeBase.ArticleIdAsync(portal.Services, "Troubleshooting", "Collecting diagnostic logs");
        var url = $"/kb/article/{id}";
        var spammer = ClientFrom("203.0.113.7");
        var token = await ArticleForms.TokenAsync(spammer, url);
        for (var i = 1; i <= RateLimitedPortalFactory.CommentsPerAddress; i++)
        {
            var allowed = await ArticleForms.CommentAsync(spammer, url, token, "Sam", $"Comment {i}");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var refused = await ArticleForms.CommentAsync(spammer, url, token, "Sam", "One comment too many");
        var document = ArticleForms.Parse(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("You have posted several comments in a short time.", document.QuerySelector("#kb-comment-text-error")?.TextContent);
        Assert.Equal("One comment too many", document.QuerySelector("#kb-comment-text")?.TextContent);
        Assert.DoesNotContain(await CommentsAsync(id), c => c.Body == "One comment too many");

        var neighbour = ClientFrom("198.51.100.23");
        var posted = await ArticleForms.CommentAsync(neighbour, url, await ArticleForms.TokenAsync(neighbour, url), "Nia", "Different address");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains(await CommentsAsync(id), c => c.Body == "Different address");
    }

    [Fact]
    public async Task Addresses_in_the_same_IPv6_64_share_one_allowance()
    {
        var id = await DemoKnowledgeBase.ArticleIdAsync(portal.Services, "Account & Billing", "Updating your payment method");
        var url = $"/kb/article/{id}";
        for (var i = 1; i <= RateLimitedPortalFactory.CommentsPerAddress; i++)
        {
            var host = ClientFrom($"2001:db8:1:2::{i}");
            var allowed = await ArticleForms.CommentAsync(host, url, await ArticleForms.TokenAsync(host, url), "Ivy", $"From host {i}");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var sameNetwork = ClientFrom("2001:db8:1:2::99");
        var refused = await ArticleForms.CommentAsync(sameNetwork, url, await ArticleForms.TokenAsync(sameNetwork, url), "Ivy", "From the same network");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    private HttpClient ClientFrom(string address)
    {
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add(RateLimitedPortalFactory.Header, address);
        return client;
    }

    private async Task<IReadOnlyList<ArticleComment>> CommentsAsync(int id) =>
        (await portal.Services.GetRequiredService<IHelpdesk>().GetKnowledgeBaseArticleAsync(id)).Comments;
}
