using System.Globalization;

namespace SupportPortal.Simulators.KayakoClassic;

/// <summary>
/// <c>kayako-classic --port 9001 --api-key K --secret S [--latency-ms N] [--failure-rate 0.3] [--seed-customers N] [--fault-seed N]</c>:
/// runs the simulator until Ctrl+C.
/// </summary>
internal static class KayakoClassicCommand
{
    public const string Name = "kayako-classic";

    public const string Usage =
        "kayako-classic [--port 9001] [--api-key KEY] [--secret SECRET] [--latency-ms N] [--failure-rate 0..1] [--seed-customers N] [--fault-seed N]";

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output)
    {
        KayakoClassicSimulatorOptions options;
        try
        {
            options = Parse(arguments);
        }
        catch (FormatException error)
        {
            await output.WriteLineAsync(error.Message);
            await output.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        await using var simulator = await KayakoClassicSimulator.StartAsync(options);
        await output.WriteLineAsync($"Kayako Classic REST simulator listening on {simulator.BaseUrl}");
        await output.WriteLineAsync($"  api key:    {simulator.ApiKey}");
        await output.WriteLineAsync($"  secret key: {simulator.SecretKey}");
        await output.WriteLineAsync($"  latency {simulator.Latency.TotalMilliseconds} ms, failure rate {simulator.FailureRate}. Press Ctrl+C to stop.");
        await simulator.WaitForShutdownAsync();
        return 0;
    }

    public static KayakoClassicSimulatorOptions Parse(IReadOnlyList<string> arguments)
    {
        var options = new KayakoClassicSimulatorOptions { Port = 9001 };
        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i];
            var value = i + 1 < arguments.Count ? arguments[++i] : throw new FormatException($"{name} needs a value.");
            options = name switch
            {
                "--port" => options with { Port = Integer(name, value, 0, 65535) },
                "--api-key" => options with { ApiKey = value },
                "--secret" or "--secret-key" => options with { SecretKey = value },
                "--latency-ms" => options with { Latency = TimeSpan.FromMilliseconds(Integer(name, value, 0, 600_000)) },
                "--failure-rate" => options with { FailureRate = Rate(name, value) },
                "--seed-customers" => options with { ExtraCustomers = Integer(name, value, 0, 100_000) },
                "--fault-seed" => options with { FaultSeed = Integer(name, value, int.MinValue, int.MaxValue) },
                _ => throw new FormatException($"Unknown option {name}."),
            };
        }

        return options;
    }

    private static int Integer(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new FormatException($"{name} takes a whole number from {min} to {max}, not \"{value}\".");

    private static double Rate(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
            ? rate
            : throw new FormatException($"{name} takes a number from 0 to 1, not \"{value}\".");
}
