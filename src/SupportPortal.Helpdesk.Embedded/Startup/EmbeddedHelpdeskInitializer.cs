using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SupportPortal.Helpdesk.Embedded.Configuration;
using SupportPortal.Helpdesk.Embedded.Data;
using SupportPortal.Helpdesk.Embedded.Seeding;
using SupportPortal.Helpdesk.Embedded.Storage;

namespace SupportPortal.Helpdesk.Embedded.Startup;

/// <summary>
/// Readies the helpdesk before the app serves anyone: checks storage and the server, applies migrations,
/// and seeds the demo data into an empty database when asked to.
/// </summary>
internal sealed class EmbeddedHelpdeskInitializer(
    EmbeddedHelpdeskSettings settings,
    IDbContextFactory<HelpdeskDbContext> contexts,
    ContentAddressedFileStore files,
    DemoDataSeeder seeder,
    ILogger<EmbeddedHelpdeskInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        StorageCheck.EnsureWritable(settings, files);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (settings.Provider == DatabaseProvider.Postgres && !await PostgresReachability.DatabaseExistsAsync(settings, cancellationToken))
            {
                // Created here rather than by the migrator, whose existence probe logs a failed connection as an error.
                await db.GetService<IRelationalDatabaseCreator>().CreateAsync(cancellationToken);
                logger.LogInformation("Created the PostgreSQL database {Database} on {Host}", db.Database.GetDbConnection().Database, settings.DatabaseHost);
            }

            // On a fresh PostgreSQL database the migrator logs one spurious error while probing for its history
            // table (npgsql/efcore.pg#3407); asking for pending migrations first would log a second one.
            await db.Database.MigrateAsync(cancellationToken);
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            logger.LogInformation("Helpdesk database on {Provider} is at migration {Migration} ({Count} applied)", settings.Provider, applied.LastOrDefault(), applied.Count);
            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                // Write-ahead logging lets readers carry on while a ticket is being written.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }

        if (settings.SeedDemoData)
        {
            await seeder.SeedIfEmptyAsync(cancellationToken);
        }

        logger.LogInformation(
            "Embedded helpdesk ready on {Provider} ({Database}), attachments in {AttachmentsPath}",
            settings.Provider,
            settings.DatabaseFilePath ?? settings.DatabaseHost,
            settings.AttachmentsPath);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
