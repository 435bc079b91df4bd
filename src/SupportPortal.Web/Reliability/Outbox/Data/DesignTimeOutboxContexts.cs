using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SupportPortal.Web.Reliability.Outbox.Data;

/// <summary>Lets `dotnet ef migrations add ... --context SqliteOutboxDbContext` build the context without the app.</summary>
internal sealed class DesignTimeSqliteOutboxContext : IDesignTimeDbContextFactory<SqliteOutboxDbContext>
{
    public SqliteOutboxDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOutboxDbContext>()
            .UseSqlite("Data Source=design-time.db", OutboxStoreRegistration.ConfigureSqlite)
            .Options);
}

/// <summary>Lets `dotnet ef migrations add ... --context PostgresOutboxDbContext` build the context; no server needed.</summary>
internal sealed class DesignTimePostgresOutboxContext : IDesignTimeDbContextFactory<PostgresOutboxDbContext>
{
    public PostgresOutboxDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOutboxDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=supportportal;Username=supportportal;Password=supportportal", OutboxStoreRegistration.ConfigurePostgres)
            .Options);
}
