using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests;

/// <summary>Looks up the demo knowledge base's ids through the portal's own helpdesk, so tests never hard-code them.</summary>
public static class KbDemoData
{
    public const string GettingStarted = "Getting Started";
    public const string InstallArticle = "How to install the Widget client";
    public const string Troubleshooting = "Troubleshooting";
    public const string ConnectionProblems = "Connection problems";

    public static async Task<int> CategoryIdAsync(IServiceProvider services, string title, int parentId = 0)
    {
        var helpdesk = services.GetRequiredService<IHelpdesk>();
        var list = await helpdesk.GetKnowledgeBaseCategoriesAsync(parentId);
        return list.Categories.Single(c => c.Title == title).Id;
    }

    public static async Task<int> ArticleIdAsync(IServiceProvider services, string categoryTitle, string articleTitle)
    {
        var helpdesk = services.GetRequiredService<IHelpdesk>();
        var articles = await helpdesk.GetKnowledgeBaseArticlesAsync(await CategoryIdAsync(services, categoryTitle));
        return articles.Single(a => a.Subject == articleTitle).Id;
    }

    public static Task<int> InstallArticleIdAsync(IServiceProvider services) =>
        ArticleIdAsync(services, GettingStarted, InstallArticle);
}
