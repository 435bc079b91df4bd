using Microsoft.Extensions.Options;

namespace SupportPortal.Web.Support;

/// <summary>
/// Keeps each helpdesk's search index current: builds it at start-up (which also warms the page cache), again every
/// <see cref="KnowledgeBaseOptions.SearchRefreshInterval"/>, and at once from fresh data when
/// <see cref="KnowledgeBaseSearch.RequestRefresh"/> asks.
/// </summary>
internal sealed class KnowledgeBaseSearchRefresher(
    KnowledgeBases knowledgeBases,
    IOptions<KnowledgeBaseOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<KnowledgeBaseSearchRefresher> logger) : BackgroundService
{
    // After a failure, try again sooner than the normal interval: the helpdesk is often back within a minute.
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Only once every start-up check has passed: a start-up that fails later must not find a walk in flight while
        // the services it uses are disposed (it would log a stack trace under the one-sentence configuration error).
        if (!await HasStartedAsync(stoppingToken))
        {
            return;
        }

        // One loop per helpdesk: a brand whose helpdesk is down must not hold back another's index.
        await Task.WhenAll(knowledgeBases.Keys.Select(key => KeepCurrentAsync(key, stoppingToken)));
    }

    private async Task KeepCurrentAsync(string helpdeskKey, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var knowledgeBase = knowledgeBases.Service(helpdeskKey);
        var search = knowledgeBases.Search(helpdeskKey);
        var interval = options.Value.SearchRefreshInterval;
        var forget = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = interval;
            try
            {
                if (forget)
                {
                    await knowledgeBase.ForgetEverythingAsync(stoppingToken);
                }

                await search.RefreshAsync(stoppingToken);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping (or a start-up that failed elsewhere): the cache may be disposed under the walk already.
                return;
            }
            catch (Exception exception)
            {
                // Searches keep answering from the last index; a failed walk must not stop the portal.
                logger.LogWarning(exception, "The knowledge-base search index of helpdesk {Helpdesk} could not be rebuilt; trying again in {Delay}", helpdeskKey, RetryAfterFailure);
                wait = interval < RetryAfterFailure ? interval : RetryAfterFailure;
            }

            try
            {
                forget = await search.WaitForRefreshAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<bool> HasStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        try
        {
            await started.Task.WaitAsync(stoppingToken);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
