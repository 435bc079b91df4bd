using System.Net;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests;

/// <summary>One network address may post only so many comments per window; the rest are refused with a clear 429 page.</summary>
public sealed class KbCommentRateLimitTests(KbRateLimitedPortalFactory portal) : IClassFixture<KbRateLimitedPortalFactory>
{
    [Fact]
    public async Task Comments_beyond_the_limit_per_address_are_refused_with_429_and_not_posted()
    {
        var id = await KbDemoData.InstallArticleIdAsync(portal.Services);
        var client = portal.CreateClient();
        var path = $"/kb/article/{id}";
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i <= portal.CommentsPerAddress; i++)
        {
            var html = await client.GetStringAsync(path);
            var form = KbForms.ByButton(path, html, "Post comment")
                .SetByLabel(html, "Name", "Flood")
                .SetByLabel(html, "Comment", $"comment number {i}");
            statuses.Add((await form.PostAsync(client)).StatusCode);
        }

        Assert.All(statuses.Take(portal.CommentsPerAddress), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(portal.CommentsPerAddress, portal.Helpdesk.Calls[nameof(IHelpdesk.AddKnowledgeBaseArticleCommentAsync)]);
        Assert.DoesNotContain($"comment number {portal.CommentsPerAddress}", await client.GetStringAsync(path));
    }
}
