using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SupportPortal.Helpdesk.ContractTests.Embedded;

/// <summary>
/// Starts the embedded backend as the portal does (its hosted service migrates and seeds the demo data)
/// on a store the subclass creates, and removes that store afterwards.
/// </summary>
public abstract class EmbeddedHelpdeskFixture : IHelpdeskFixture, IAsyncLifetime
{
    private ServiceProvider? services;
    private IHelpdesk? helpdesk;

    /// <summary>A folder of its own for the attachment store, removed with the fixture.</summary>
    protected string Folder { get; } = Path.Combine(Path.GetTempPath(), $"sp-contract-{Guid.NewGuid():N}");

    public IHelpdesk Helpdesk => helpdesk ?? throw new InvalidOperationException("The embedded helpdesk has not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var connectionString = await CreateStoreAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Helpdesk:Embedded:ConnectionString"] = connectionString,
                ["Helpdesk:Embedded:SeedDemoData"] = "true",
                ["Helpdesk:Embedded:AttachmentsPath"] = Path.Combine(Folder, "attachments"),
            })
            .Build();

        services = new ServiceCollection()
            .AddLogging()
            .AddEmbeddedHelpdesk(configuration)
            .BuildServiceProvider();
        foreach (var hostedService in services.GetServices<IHostedService>())
        {
            await hostedService.StartAsync(CancellationToken.None);
        }

        helpdesk = services.GetRequiredService<IHelpdesk>();
    }

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            foreach (var hostedService in services.GetServices<IHostedService>().Reverse())
            {
                await hostedService.StopAsync(CancellationToken.None);
            }

            await services.DisposeAsync();
        }

        await DropStoreAsync();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>Creates an empty store and returns the connection string the backend gets.</summary>
    protected abstract Task<string> CreateStoreAsync();

    /// <summary>Removes the store; runs even when the backend failed to start.</summary>
    protected abstract Task DropStoreAsync();
}
