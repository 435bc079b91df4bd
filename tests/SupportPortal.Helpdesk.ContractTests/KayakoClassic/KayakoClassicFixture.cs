using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Simulators.KayakoClassic;

namespace SupportPortal.Helpdesk.ContractTests.KayakoClassic;

/// <summary>
/// The Kayako Classic adapter, registered as the portal registers it, talking over real loopback HTTP to an
/// in-process Kayako Classic simulator seeded with the demo helpdesk. Article votes go to a file in a folder
/// of the fixture's own, removed with it.
/// </summary>
public sealed class KayakoClassicFixture : IHelpdeskFixture, IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"sp-kayako-classic-{Guid.NewGuid():N}");
    private KayakoClassicSimulator? simulator;
    private ServiceProvider? services;
    private IHelpdesk? helpdesk;

    public IHelpdesk Helpdesk => helpdesk ?? throw new InvalidOperationException("The Kayako Classic simulator has not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        simulator = await KayakoClassicSimulator.StartAsync();
        services = KayakoClassicConnection.Services(simulator.BaseUrl, simulator.ApiKey, simulator.SecretKey, Path.Combine(folder, "article-votes.json"));
        helpdesk = services.GetRequiredService<IHelpdesk>();
    }

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
