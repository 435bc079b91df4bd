using Microsoft.Extensions.Options;

namespace SupportPortal.Web.Tickets.Uploads;

/// <summary>Deletes uploads nobody submitted before their tokens expired, at start-up and then every few minutes.</summary>
public sealed class UploadCleanup(UploadStore store, IOptions<UploadOptions> options, TimeProvider clock, ILogger<UploadCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, clock);
        do
        {
            try
            {
                store.DeleteExpired();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(exception, "Could not sweep expired uploads in {Folder}", store.Folder);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
