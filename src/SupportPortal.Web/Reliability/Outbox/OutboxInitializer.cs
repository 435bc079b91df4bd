using SupportPortal.Web.Accounts.Data;
using Microsoft.EntityFrameworkCore;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability.Outbox.Data;

namespace SupportPortal.Web.Reliability.Outbox;

/// <summary>Brings the outbox's tables up to date and makes its folder before the portal serves anyone.</summary>
internal sealed class OutboxInitializer(
    IDbContextFactory<OutboxDbContext> contexts,
    OutboxFiles files,
    PortalStoreSettings store,
    ILogger<OutboxInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(PortalStoreFolder.Of(store));
            Directory.CreateDirectory(files.Root);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new HelpdeskConfigurationException(
                OutboxOptions.SectionName + ":Path",
                $"The outbox folder \"{files.Root}\" cannot be created ({exception.Message}); set {OutboxOptions.SectionName}:Path or {PortalStoreSettings.ConnectionStringSetting} to a writable place.",
                exception);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (!store.IsPostgres)
        {
            // Readers (pages listing queued writes) carry on while the worker writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var pending = await db.Messages.CountAsync(m => m.State == OutboxState.Pending, cancellationToken);
        logger.LogInformation("Outbox ready on {Store} with {Pending} write(s) waiting; files in {Folder}", store.IsPostgres ? "PostgreSQL" : "SQLite", pending, files.Root);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
