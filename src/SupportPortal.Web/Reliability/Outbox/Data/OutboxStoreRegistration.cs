using SupportPortal.Web.Accounts.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace SupportPortal.Web.Reliability.Outbox.Data;

/// <summary>Registers the provider's outbox context and hands it out as <see cref="OutboxDbContext"/>.</summary>
internal static class OutboxStoreRegistration
{
    public static void ConfigureSqlite(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsHistoryTable(OutboxDbContext.MigrationsHistoryTable);

    public static void ConfigurePostgres(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable(OutboxDbContext.MigrationsHistoryTable);

    public static IServiceCollection AddOutboxStore(this IServiceCollection services, PortalStoreSettings store)
    {
        if (store.IsPostgres)
        {
            services.AddPooledDbContextFactory<PostgresOutboxDbContext>(o => o.UseNpgsql(store.ConnectionString, ConfigurePostgres));
            services.AddSingleton<IDbContextFactory<OutboxDbContext>, ContextFactory<PostgresOutboxDbContext>>();
        }
        else
        {
            services.AddPooledDbContextFactory<SqliteOutboxDbContext>(o => o.UseSqlite(store.ConnectionString, ConfigureSqlite));
            services.AddSingleton<IDbContextFactory<OutboxDbContext>, ContextFactory<SqliteOutboxDbContext>>();
        }

        return services;
    }

    private sealed class ContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<OutboxDbContext>
        where TContext : OutboxDbContext
    {
        public OutboxDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<OutboxDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
