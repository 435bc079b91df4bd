using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Support;

/// <summary>
/// The portal's own knowledge-base search, the same on every backend (the contract has no search function): an
/// in-memory <see cref="KnowledgeBaseIndex"/> built by walking the cached knowledge base, rebuilt periodically by
/// <see cref="KnowledgeBaseSearchRefresher"/> and on demand. Searches answer from the current index while a new one
/// is built.
/// </summary>
public sealed class KnowledgeBaseSearch(
    KnowledgeBaseService knowledgeBase,
    IHostApplicationLifetime lifetime,
    ILogger<KnowledgeBaseSearch> logger)
{
    // Articles fetched at once while building: enough to hide a remote backend's latency, few enough to be polite.
    private const int ParallelFetches = 4;

    private readonly Lock gate = new();
    private volatile KnowledgeBaseIndex? index;
    private Task<KnowledgeBaseIndex>? build;
    private volatile TaskCompletionSource refreshRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// The best <paramref name="maxResults"/> articles for <paramref name="query"/>, best first. Before the first index
    /// exists this waits for it; a helpdesk failure then surfaces as <see cref="HelpdeskException"/>.
    /// </summary>
    public async Task<IReadOnlyList<KnowledgeBaseSearchHit>> SearchAsync(string query, int maxResults, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var current = index ?? await RefreshAsync(cancellationToken);
        return current.Search(query, maxResults);
    }

    /// <summary>Whether the current index lists the article (false before the first build).</summary>
    public bool Indexes(int articleId) => index?.Contains(articleId) == true;

    /// <summary>Builds a new index now, or joins the build already under way, and returns it.</summary>
    public Task<KnowledgeBaseIndex> RefreshAsync(CancellationToken cancellationToken)
    {
        Task<KnowledgeBaseIndex> running;
        lock (gate)
        {
            // One build at a time, not tied to the request that started it: others join it, and it outlives a cancelled caller.
            if (build is null || build.IsCompleted)
            {
                build = BuildAsync(lifetime.ApplicationStopping);
            }

            running = build;
        }

        return running.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Asks for a rebuild from fresh data soon, e.g. because a page found an indexed article gone. Cheap and safe to
    /// call often: requests made before the refresher wakes up count once.
    /// </summary>
    public void RequestRefresh() => refreshRequested.TrySetResult();

    /// <summary>
    /// Waits <paramref name="interval"/> or until <see cref="RequestRefresh"/> is called; true when it was requested.
    /// </summary>
    internal async Task<bool> WaitForRefreshAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        var requested = refreshRequested.Task;
        var woken = await Task.WhenAny(requested, Task.Delay(interval, cancellationToken));
        if (woken != requested)
        {
            await woken; // surfaces cancellation
            return false;
        }

        refreshRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return true;
    }

    private async Task<KnowledgeBaseIndex> BuildAsync(CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        var articles = await WalkAsync(cancellationToken);
        var built = KnowledgeBaseIndex.Build(articles);
        index = built;
        logger.LogInformation(
            "Knowledge-base search index built: {ArticleCount} articles in {ElapsedMilliseconds:F0} ms",
            built.ArticleCount,
            TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return built;
    }

    /// <summary>Every article reachable from the root, each once, in the order the tree lists them.</summary>
    private async Task<IReadOnlyList<ArticleDetails>> WalkAsync(CancellationToken cancellationToken)
    {
        var summaries = new List<KnowledgeBaseArticleSummary>();
        var seenCategories = new HashSet<int>();
        var pending = new Queue<int>([0]);
        while (pending.TryDequeue(out var categoryId))
        {
            if (!seenCategories.Add(categoryId))
            {
                continue;
            }

            summaries.AddRange((await knowledgeBase.GetArticlesAsync(categoryId, cancellationToken)).Articles);
            foreach (var child in (await knowledgeBase.GetChildrenAsync(categoryId, cancellationToken)).Categories)
            {
                pending.Enqueue(child.Id);
            }
        }

        var ids = summaries.Select(s => s.Id).Distinct().ToList();
        var articles = new ArticleDetails?[ids.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, ids.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelFetches, CancellationToken = cancellationToken },
            async (i, ct) => articles[i] = await FetchAsync(ids[i], ct));
        return articles.OfType<ArticleDetails>().ToList();
    }

    private async Task<ArticleDetails?> FetchAsync(int articleId, CancellationToken cancellationToken)
    {
        try
        {
            return await knowledgeBase.GetArticleAsync(articleId, cancellationToken);
        }
        catch (HelpdeskException exception) when (exception.Error == HelpdeskError.ArticleNotFound)
        {
            // Deleted between listing its category and reading it: nothing to index.
            return null;
        }
    }
}
