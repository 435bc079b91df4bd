using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SupportPortal.Helpdesk;
using SupportPortal.Helpdesk.Embedded;
using SupportPortal.Helpdesk.Embedded.Configuration;
using SupportPortal.Helpdesk.Embedded.Data;
using SupportPortal.Helpdesk.Embedded.Seeding;
using SupportPortal.Helpdesk.Embedded.Startup;
using SupportPortal.Helpdesk.Embedded.Storage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the built-in helpdesk.</summary>
public static class EmbeddedHelpdeskServiceCollectionExtensions
{
    /// <summary>
    /// Adds the built-in helpdesk as the <see cref="IHelpdesk"/> singleton, configured from "Helpdesk:Embedded":
    /// ConnectionString (default "Data Source=data/helpdesk.db"; "Host=..." for PostgreSQL), SeedDemoData (default false)
    /// and AttachmentsPath (default: "attachments" beside the SQLite file, or "data/attachments" on PostgreSQL).
    /// A hosted service applies migrations at start-up and seeds the demo data into an empty database when asked to.
    /// </summary>
    /// <exception cref="HelpdeskConfigurationException">The connection string is empty or names neither SQLite nor PostgreSQL.</exception>
    public static IServiceCollection AddEmbeddedHelpdesk(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = EmbeddedHelpdeskSettingsReader.Read(configuration);

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton(provider => new ContentAddressedFileStore(
            settings.AttachmentsPath,
            provider.GetRequiredService<ILogger<ContentAddressedFileStore>>()));

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            services.AddPooledDbContextFactory<SqliteHelpdeskDbContext>(options => options.UseSqlite(settings.ConnectionString));
            services.AddSingleton<IDbContextFactory<HelpdeskDbContext>, ProviderSpecificContextFactory<SqliteHelpdeskDbContext>>();
        }
        else
        {
            services.AddPooledDbContextFactory<PostgresHelpdeskDbContext>(options => options.UseNpgsql(settings.ConnectionString));
            services.AddSingleton<IDbContextFactory<HelpdeskDbContext>, ProviderSpecificContextFactory<PostgresHelpdeskDbContext>>();
        }

        services.AddSingleton<DemoTickets>();
        services.AddSingleton<DemoDataSeeder>();
        services.AddSingleton<IHelpdesk, EmbeddedHelpdesk>();
        services.AddHostedService<EmbeddedHelpdeskInitializer>();
        return services;
    }
}
