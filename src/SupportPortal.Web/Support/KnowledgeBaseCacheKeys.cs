namespace SupportPortal.Web.Support;

/// <summary>The names of the knowledge base's cache entries (HybridCache) and cached pages (output cache).</summary>
public static class KnowledgeBaseCacheKeys
{
    /// <summary>The tag on every knowledge-base entry and page, to forget them all at once.</summary>
    public const string Everything = "kb";

    public static string Children(int categoryId) => $"kb:children:{categoryId}";

    public static string Articles(int categoryId) => $"kb:articles:{categoryId}";

    public static string ArticleCount(int categoryId) => $"kb:count:{categoryId}";

    public static string Article(int articleId) => $"kb:article:{articleId}";

    /// <summary>Output-cache tag of a category's page.</summary>
    public static string CategoryPage(int categoryId) => $"kb-category-{categoryId}";

    /// <summary>Output-cache tag of an article's page.</summary>
    public static string ArticlePage(int articleId) => $"kb-article-{articleId}";
}
