using SupportPortal.Simulators.KayakoClassic;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

/// <summary>One seeded simulator per test class, with a signing client. Tests that write use fresh customers.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    private readonly HttpClient http = new();

    public KayakoClassicSimulator Simulator { get; private set; } = null!;

    public KayakoTestClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Simulator = await KayakoClassicSimulator.StartAsync(new KayakoClassicSimulatorOptions { FaultSeed = 7 });
        Client = new KayakoTestClient(http, Simulator.BaseUrl, Simulator.ApiKey, Simulator.SecretKey);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await Simulator.DisposeAsync();
    }
}
