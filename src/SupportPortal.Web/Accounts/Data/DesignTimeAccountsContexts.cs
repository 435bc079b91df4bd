using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SupportPortal.Web.Accounts.Data;

/// <summary>
/// Let `dotnet ef migrations add X --context SqlitePortalAccountsDbContext --output-dir Accounts/Data/Migrations/Sqlite`
/// (and the PostgreSQL one) build the contexts without starting the portal. No database is needed.
/// </summary>
internal sealed class DesignTimeSqliteAccountsContextFactory : IDesignTimeDbContextFactory<SqlitePortalAccountsDbContext>
{
    public SqlitePortalAccountsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePortalAccountsDbContext>()
            .UseSqlite("Data Source=design-time.db", PortalAccountsStore.ConfigureSqlite)
            .Options);
}

internal sealed class DesignTimePostgresAccountsContextFactory : IDesignTimeDbContextFactory<PostgresPortalAccountsDbContext>
{
    public PostgresPortalAccountsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPortalAccountsDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=supportportal;Username=supportportal;Password=supportportal", PortalAccountsStore.ConfigurePostgres)
            .Options);
}
