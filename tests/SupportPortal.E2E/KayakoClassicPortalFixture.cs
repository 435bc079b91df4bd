using SupportPortal.Simulators.KayakoClassic;

namespace SupportPortal.E2E;

/// <summary>
/// The portal on the Kayako Classic REST adapter, talking over loopback HTTP to an in-process Kayako Classic simulator
/// (seeded like the embedded demo) on a random port, with the simulator's own random API key and secret.
/// </summary>
public sealed class KayakoClassicPortalFixture : PortalFixture
{
    private KayakoClassicSimulator? simulator;

    public KayakoClassicSimulator Simulator => simulator ?? throw new InvalidOperationException("The Kayako Classic simulator has not started.");

    protected override async Task<IReadOnlyDictionary<string, string?>> StartHelpdeskAsync()
    {
        simulator = await KayakoClassicSimulator.StartAsync();
        return new Dictionary<string, string?>
        {
            ["Helpdesk:Provider"] = "KayakoClassic",
            ["Helpdesk:KayakoClassic:BaseUrl"] = simulator.BaseUrl.ToString(),
            ["Helpdesk:KayakoClassic:ApiKey"] = simulator.ApiKey,
            ["Helpdesk:KayakoClassic:SecretKey"] = simulator.SecretKey,
            ["Helpdesk:KayakoClassic:VotesFile"] = Path.Combine(DataFolder, "article-votes.json"),
        };
    }

    protected override async ValueTask StopHelpdeskAsync()
    {
        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }
    }
}

/// <summary>Browser tests on the Kayako Classic backend.</summary>
[CollectionDefinition(Name)]
public sealed class KayakoClassicPortal : ICollectionFixture<KayakoClassicPortalFixture>
{
    public const string Name = "Portal on Kayako Classic (simulator)";
}
