using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportPortal.Web.Reliability;
using SupportPortal.Web.Reliability.Outbox;

namespace SupportPortal.Web.Tests.Tickets;

/// <summary>The real outbox (and <see cref="TicketSubmissions"/>) on a SQLite store in a temporary folder, for component tests.</summary>
internal sealed class TemporaryOutbox : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tickets-outbox-").FullName;

    public void AddTo(IServiceCollection services)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(folder, "portal.db")}" })
            .Build();
        services.AddOutbox(configuration);
    }

    /// <summary>Creates the store's tables, as the portal does on start; the worker is not started.</summary>
    public static Task StartAsync(IServiceProvider services) =>
        services.GetServices<IHostedService>().OfType<OutboxInitializer>().Single().StartAsync(CancellationToken.None);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
