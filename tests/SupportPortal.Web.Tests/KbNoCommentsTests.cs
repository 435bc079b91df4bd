using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests;

/// <summary>A backend that takes no article comments: the article page shows neither comments nor the form.</summary>
public sealed class KbNoCommentsTests(KbNoCommentsTests.NoCommentsFactory portal) : IClassFixture<KbNoCommentsTests.NoCommentsFactory>
{
    [Fact]
    public async Task Article_page_hides_comments_when_the_backend_takes_none()
    {
        var html = await portal.CreateClient().GetStringAsync("/kb/article/1");
        var text = KbSafeMarkup.PlainText(html);

        Assert.Contains("Was this article helpful?", text);
        Assert.DoesNotContain("Post comment", text);
        Assert.DoesNotContain("An old comment", text);
        Assert.DoesNotContain("Comments (", text);
    }

    public sealed class NoCommentsFactory : PortalFactory
    {
        protected override void ConfigureServices(IServiceCollection services) =>
            services.Replace(ServiceDescriptor.Singleton(KbFakeKnowledgeBase.Holding(
                [KbFakeKnowledgeBase.Article(1, "Resetting a password", "Use the link on the sign-in page.", ContentFormat.PlainText, new ArticleComment("Old", DateTimeOffset.UnixEpoch, "An old comment"))],
                HelpdeskCapabilities.All with { ArticleComments = false })));
    }
}
