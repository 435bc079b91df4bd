using SupportPortal.Simulators.KayakoClassic;

// One executable, one simulator per protocol: the first argument names it.
var simulator = args.FirstOrDefault();
return simulator switch
{
    KayakoClassicCommand.Name => await KayakoClassicCommand.RunAsync(args[1..], Console.Out),
    _ => await UsageAsync(simulator),
};

static async Task<int> UsageAsync(string? given)
{
    if (given is not null)
    {
        await Console.Error.WriteLineAsync($"Unknown simulator \"{given}\".");
    }

    await Console.Error.WriteLineAsync("usage: dotnet run --project tests/SupportPortal.Simulators -- <simulator> [options]");
    await Console.Error.WriteLineAsync("  " + KayakoClassicCommand.Usage);
    return 2;
}

/// <summary>
/// Internal, so that .NET 10 does not make it public: test projects reference the portal and the simulators together,
/// and WebApplicationFactory&lt;Program&gt; there means the portal's.
/// </summary>
internal partial class Program;
