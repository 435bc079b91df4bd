using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace SupportPortal.Web.Accounts.Data;

/// <summary>Registers the provider's accounts context and hands it out as <see cref="PortalAccountsDbContext"/>.</summary>
internal static class PortalAccountsStore
{
    public static void ConfigureSqlite(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsHistoryTable(PortalAccountsDbContext.MigrationsHistoryTable);

    public static void ConfigurePostgres(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable(PortalAccountsDbContext.MigrationsHistoryTable);

    public static IServiceCollection AddPortalAccountsStore(this IServiceCollection services, PortalStoreSettings store)
    {
        services.AddSingleton(store);
        if (store.IsPostgres)
        {
            services.AddDbContext<PostgresPortalAccountsDbContext>(o => o.UseNpgsql(store.ConnectionString, ConfigurePostgres));
            services.AddScoped<PortalAccountsDbContext>(provider => provider.GetRequiredService<PostgresPortalAccountsDbContext>());
        }
        else
        {
            services.AddDbContext<SqlitePortalAccountsDbContext>(o => o.UseSqlite(store.ConnectionString, ConfigureSqlite));
            services.AddScoped<PortalAccountsDbContext>(provider => provider.GetRequiredService<SqlitePortalAccountsDbContext>());
        }

        return services;
    }
}
