using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using SupportPortal.Web.Accounts.Data;

namespace SupportPortal.Web.Accounts;

/// <summary>
/// Readies the accounts before the portal serves anyone: checks the store, applies the migrations and, when
/// <c>Portal:SeedDemoAccounts</c> is true, creates the demo accounts.
/// </summary>
internal sealed class PortalAccountsInitializer(
    PortalStoreSettings store,
    AccountSettings settings,
    IServiceScopeFactory scopes,
    ILogger<PortalAccountsInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalAccountsDbContext>();
        if (store.DatabaseFilePath is { } file)
        {
            PortalStoreAvailability.EnsureSqliteFileWritable(file);
        }
        else if (!await PortalStoreAvailability.PostgresDatabaseExistsAsync(store, cancellationToken))
        {
            // Created here rather than by the migrator, whose existence probe logs a failed connection as an error.
            await db.GetService<IRelationalDatabaseCreator>().CreateAsync(cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (store.DatabaseFilePath is not null)
        {
            // Write-ahead logging lets sign-ins read while another request writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (settings.SeedDemoAccounts)
        {
            await scope.ServiceProvider.GetRequiredService<DemoAccounts>().SeedAsync();
        }

        logger.LogInformation("Portal accounts ready in {Store}", store.DatabaseFilePath ?? store.DatabaseHost);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
