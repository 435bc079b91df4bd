using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>Finds the demo data's categories and articles by title, as the README names them, whatever their ids.</summary>
internal static class DemoKnowledgeBase
{
    public const string GettingStarted = "Getting Started";
    public const string InstallArticle = "How to install the Widget client";

    public static async Task<int> CategoryIdAsync(IServiceProvider services, string title, int parentId = 0)
    {
        var helpdesk = services.GetRequiredService<IHelpdesk>();
        var list = await helpdesk.GetKnowledgeBaseCategoriesAsync(parentId);
        return Assert.Single(list.Categories, c => c.Title == title).Id;
    }

    public static async Task<int> ArticleIdAsync(IServiceProvider services, string categoryTitle, string articleTitle)
    {
        var helpdesk = services.GetRequiredService<IHelpdesk>();
        var articles = await helpdesk.GetKnowledgeBaseArticlesAsync(await CategoryIdAsync(services, categoryTitle));
        return Assert.Single(articles, a => a.Subject == articleTitle).Id;
    }

    public static Task<int> InstallArticleIdAsync(IServiceProvider services) => ArticleIdAsync(services, GettingStarted, InstallArticle);
}
