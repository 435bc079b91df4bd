using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Helpdesk;

namespace SupportPortal.Web.Support;

/// <summary>
/// What the knowledge-base pages (and the search index) ask of the helpdesk, through a cache: a warm page costs
/// no backend call. Rating and commenting go straight to the helpdesk and then forget what they made stale —
/// the cached data and the cached pages that show it. There is one per helpdesk (<see cref="KnowledgeBases"/>), each
/// with cache keys of its own.
/// </summary>
public sealed class KnowledgeBaseService(
    string helpdeskKey,
    IHelpdesk helpdesk,
    HybridCache cache,
    IOutputCacheStore pages,
    PortalHtmlSanitizer sanitizer,
    IOptions<KnowledgeBaseOptions> options,
    ILogger<KnowledgeBaseService> logger)
{
    // Every entry carries "kb" (to forget all knowledge bases) and its helpdesk's own tag.
    private readonly string[] tags = [KnowledgeBaseCacheKeys.Everything, HelpdeskDirectory.CacheKey(helpdeskKey, KnowledgeBaseCacheKeys.Everything)];

    private readonly HybridCacheEntryOptions entryOptions = new()
    {
        Expiration = options.Value.CacheDuration,
        LocalCacheExpiration = options.Value.CacheDuration,
    };

    /// <summary>The helpdesk it reads: "default", or the host of the brand with its own.</summary>
    public string HelpdeskKey => helpdeskKey;

    public HelpdeskCapabilities Capabilities => helpdesk.Capabilities;

    /// <summary>The categories at the root of the knowledge base, in the helpdesk's order.</summary>
    public async Task<IReadOnlyList<KnowledgeBaseCategory>> GetTopCategoriesAsync(CancellationToken cancellationToken) =>
        (await GetChildrenAsync(0, cancellationToken)).Categories;

    /// <summary>The root of the knowledge base: its categories with their article counts, and any articles at the root itself.</summary>
    public async Task<CategoryDetails> GetRootAsync(CancellationToken cancellationToken) =>
        await GetCategoryAsync(0, cancellationToken);

    /// <summary>A category's page; throws <see cref="HelpdeskError.CategoryNotFound"/> for an unknown id.</summary>
    public async Task<CategoryDetails> GetCategoryAsync(int categoryId, CancellationToken cancellationToken)
    {
        var children = await GetChildrenAsync(categoryId, cancellationToken);
        var articles = await GetArticlesAsync(categoryId, cancellationToken);
        var cards = new List<CategoryCard>(children.Categories.Count);
        foreach (var child in children.Categories)
        {
            cards.Add(new CategoryCard(child.Id, child.Title, await CountArticlesAsync(child.Id, cancellationToken)));
        }

        // The Integration API's trail ends with the category itself; a backend's trail that does not is still fine.
        var self = children.Breadcrumbs.LastOrDefault(b => b.CategoryId == categoryId);
        var ancestors = children.Breadcrumbs.Where(b => b.CategoryId != categoryId).ToList();
        return new CategoryDetails(categoryId, self?.Title, ancestors, cards, articles.Articles);
    }

    /// <summary>The child categories of a category (0 = root) and its trail.</summary>
    public ValueTask<CategoryChildren> GetChildrenAsync(int categoryId, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            Key(KnowledgeBaseCacheKeys.Children(categoryId)),
            (helpdesk, categoryId),
            static async (state, ct) =>
            {
                var list = await state.helpdesk.GetKnowledgeBaseCategoriesAsync(state.categoryId, ct);
                return new CategoryChildren(list.Categories, list.Breadcrumbs);
            },
            entryOptions,
            tags,
            cancellationToken);

    /// <summary>The articles directly inside a category (0 = root).</summary>
    public ValueTask<CategoryArticles> GetArticlesAsync(int categoryId, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            Key(KnowledgeBaseCacheKeys.Articles(categoryId)),
            (helpdesk, categoryId),
            static async (state, ct) => new CategoryArticles(await state.helpdesk.GetKnowledgeBaseArticlesAsync(state.categoryId, ct)),
            entryOptions,
            tags,
            cancellationToken);

    /// <summary>How many articles a category holds, its sub-categories' included.</summary>
    public ValueTask<int> CountArticlesAsync(int categoryId, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            Key(KnowledgeBaseCacheKeys.ArticleCount(categoryId)),
            (service: this, categoryId),
            static (state, ct) => new ValueTask<int>(state.service.CountSubtreeAsync(state.categoryId, [], ct)),
            entryOptions,
            tags,
            cancellationToken);

    /// <summary>An article with its body sanitized; throws <see cref="HelpdeskError.ArticleNotFound"/> for an unknown id.</summary>
    public ValueTask<ArticleDetails> GetArticleAsync(int articleId, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            Key(KnowledgeBaseCacheKeys.Article(articleId)),
            (service: this, helpdesk, articleId),
            static async (state, ct) => state.service.Prepare(await state.helpdesk.GetKnowledgeBaseArticleAsync(state.articleId, ct)),
            entryOptions,
            tags,
            cancellationToken);

    /// <summary>Records a vote and returns the article as it is now, with its new rating.</summary>
    public async Task<ArticleDetails> RateAsync(int articleId, bool helpful, CancellationToken cancellationToken)
    {
        var before = await GetArticleAsync(articleId, cancellationToken);
        await helpdesk.RateKnowledgeBaseArticleAsync(articleId, helpful, cancellationToken);

        // The rating shows on the article and in its category's list.
        await cache.RemoveAsync(Key(KnowledgeBaseCacheKeys.Articles(before.CategoryId)), cancellationToken);
        await pages.EvictByTagAsync(Key(KnowledgeBaseCacheKeys.CategoryPage(before.CategoryId)), cancellationToken);
        return await ReloadArticleAsync(articleId, cancellationToken);
    }

    /// <summary>Adds a customer's comment and returns the article as it is now, with the comment.</summary>
    public async Task<ArticleDetails> AddCommentAsync(int articleId, string posterName, string comment, CancellationToken cancellationToken)
    {
        var id = await helpdesk.AddKnowledgeBaseArticleCommentAsync(articleId, posterName, comment, cancellationToken);
        logger.LogInformation("Comment {CommentId} posted on knowledge-base article {ArticleId}", id, articleId);
        return await ReloadArticleAsync(articleId, cancellationToken);
    }

    /// <summary>Forgets every cached category, article and page, so the next reads come from the helpdesk.</summary>
    public async Task ForgetEverythingAsync(CancellationToken cancellationToken)
    {
        await cache.RemoveByTagAsync(Key(KnowledgeBaseCacheKeys.Everything), cancellationToken);
        await pages.EvictByTagAsync(Key(KnowledgeBaseCacheKeys.Everything), cancellationToken);
    }

    private async Task<ArticleDetails> ReloadArticleAsync(int articleId, CancellationToken cancellationToken)
    {
        await cache.RemoveAsync(Key(KnowledgeBaseCacheKeys.Article(articleId)), cancellationToken);
        await pages.EvictByTagAsync(Key(KnowledgeBaseCacheKeys.ArticlePage(articleId)), cancellationToken);
        return await GetArticleAsync(articleId, cancellationToken);
    }

    // Two helpdesks both have a category 1; their entries, and the tags of their cached pages, must not meet.
    private string Key(string name) => HelpdeskDirectory.CacheKey(helpdeskKey, name);

    private ArticleDetails Prepare(KnowledgeBaseArticle article) => new(
        article.Id,
        article.Breadcrumbs,
        article.Title,
        sanitizer.ToSafeHtml(article.Body, article.BodyFormat),
        article.Date,
        article.Rating,
        article.Comments);

    private async Task<int> CountSubtreeAsync(int categoryId, HashSet<int> visited, CancellationToken cancellationToken)
    {
        // A helpdesk whose tree loops back on itself must not hang the page.
        if (!visited.Add(categoryId))
        {
            return 0;
        }

        var count = (await GetArticlesAsync(categoryId, cancellationToken)).Articles.Count;
        foreach (var child in (await GetChildrenAsync(categoryId, cancellationToken)).Categories)
        {
            count += await CountSubtreeAsync(child.Id, visited, cancellationToken);
        }

        return count;
    }
}
