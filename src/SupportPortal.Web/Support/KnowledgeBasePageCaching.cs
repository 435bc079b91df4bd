using Microsoft.AspNetCore.OutputCaching;

namespace SupportPortal.Web.Support;

/// <summary>
/// How category and article pages are output-cached: whole pages for anonymous visitors, tagged so that a rating
/// or a comment evicts exactly the pages that show it.
/// </summary>
public static class KnowledgeBasePageCaching
{
    public const string CategoryPolicy = "kb-category-page";

    public const string ArticlePolicy = "kb-article-page";

    /// <summary>
    /// Keeps this response out of the shared cache because it shows something of this visitor's own (their name,
    /// for example). Safe to call anywhere in the render; a no-op when the request is not being cached.
    /// </summary>
    public static void DoNotShare(HttpContext? context)
    {
        if (context?.Features.Get<IOutputCacheFeature>() is { } feature)
        {
            feature.Context.AllowCacheStorage = false;
        }
    }
}
