using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SupportPortal.Web.Reliability.Outbox;

/// <summary>
/// Delivers queued writes in the background: takes due messages under a lease, delivers them one by one, and backs
/// off (exponentially, with jitter) while the helpdesk keeps failing, so a helpdesk that comes back is not flooded.
/// </summary>
internal sealed class OutboxWorker(
    Outbox outbox,
    OutboxSignal signal,
    OutboxMetrics metrics,
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    private const int FailuresThatEndABatch = 3;

    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);

    // Counting the backlog is a query: often enough for a dashboard, not on every pass.
    private static readonly TimeSpan GaugeInterval = TimeSpan.FromSeconds(1);

    // Unique per process start, so a lease left by a previous run is never taken for this one's.
    private readonly string owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await DeliverUntilStoppedAsync(stoppingToken);
        }
        finally
        {
            // After a crash the leases run out by themselves; on a clean stop the next run need not wait for them.
            await outbox.ReleaseOwnedAsync(owner);
        }
    }

    private async Task DeliverUntilStoppedAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var failuresInARow = 0;
        var nextPrune = clock.GetUtcNow();
        var nextGauge = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                var batch = await outbox.ClaimDueAsync(owner, settings.BatchSize, settings.Lease, stoppingToken);
                if (batch.Count == 0)
                {
                    wait = await IdleWaitAsync(settings, stoppingToken);
                }
                else
                {
                    failuresInARow = await DeliverBatchAsync(batch, failuresInARow, settings.Parallelism, stoppingToken);
                    wait = failuresInARow == 0
                        ? TimeSpan.Zero
                        : RetryDelay.After(failuresInARow, settings.FirstRetryDelay, settings.MaxRetryDelay);
                }

                if (clock.GetUtcNow() >= nextGauge)
                {
                    metrics.RecordBacklog(await outbox.BacklogAsync(stoppingToken));
                    nextGauge = clock.GetUtcNow() + GaugeInterval;
                }

                if (clock.GetUtcNow() >= nextPrune)
                {
                    await outbox.PruneDeliveredAsync(settings.DeliveredRetention, stoppingToken);
                    nextPrune = clock.GetUtcNow() + PruneInterval;
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The portal store itself failed: nothing is lost (the rows stay), so wait and look again.
                logger.LogError(exception, "The outbox could not be read; trying again in {Delay}", settings.PollInterval);
                wait = settings.PollInterval;
            }

            try
            {
                await signal.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>
    /// Delivers a batch, a few messages at a time (a batch never holds two replies to one ticket, so order is kept).
    /// A few transient failures in a row from one helpdesk end the batch for that helpdesk (it is likely down) and give
    /// back what is left of its messages, while other brands' helpdesks get theirs; a single failure is only that
    /// message's bad luck. Returns the failures in a row so far.
    /// </summary>
    private async Task<int> DeliverBatchAsync(IReadOnlyList<OutboxMessage> batch, int failuresInARow, int parallelism, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var delivery = scope.ServiceProvider.GetRequiredService<OutboxDelivery>();
        var failuresByHelpdesk = new ConcurrentDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var given = new ConcurrentBag<long>();
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, async (message, _) =>
        {
            if (stoppingToken.IsCancellationRequested || failuresByHelpdesk.GetValueOrDefault(message.HelpdeskKey) >= FailuresThatEndABatch)
            {
                given.Add(message.Id);
                return;
            }

            var outcome = await delivery.DeliverAsync(message, stoppingToken);
            metrics.RecordDelivery(outcome);
            if (outcome == DeliveryOutcome.WillRetry)
            {
                failuresByHelpdesk.AddOrUpdate(message.HelpdeskKey, 1, (_, failures) => failures + 1);
                Interlocked.Increment(ref failuresInARow);
            }
            else
            {
                failuresByHelpdesk[message.HelpdeskKey] = 0;
                Volatile.Write(ref failuresInARow, 0);
            }
        });

        await outbox.ReleaseAsync(given.ToList());
        return failuresInARow;
    }

    private async Task<TimeSpan> IdleWaitAsync(OutboxOptions settings, CancellationToken stoppingToken)
    {
        var nextDue = await outbox.NextDueAsync(stoppingToken);
        if (nextDue is null)
        {
            return settings.PollInterval;
        }

        var untilDue = nextDue.Value - clock.GetUtcNow();

        // A message due now but not claimable is leased by another worker: look again at the next poll.
        return untilDue <= TimeSpan.Zero || untilDue > settings.PollInterval ? settings.PollInterval : untilDue;
    }
}
