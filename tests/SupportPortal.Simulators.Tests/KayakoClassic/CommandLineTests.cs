using SupportPortal.Simulators.KayakoClassic;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

public sealed class CommandLineTests
{
    [Fact]
    public void Every_documented_option_is_read()
    {
        var options = KayakoClassicCommand.Parse(
            ["--port", "9001", "--api-key", "K", "--secret", "S", "--latency-ms", "250", "--failure-rate", "0.3", "--seed-customers", "50"]);

        Assert.Equal(9001, options.Port);
        Assert.Equal("K", options.ApiKey);
        Assert.Equal("S", options.SecretKey);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.Latency);
        Assert.Equal(0.3, options.FailureRate);
        Assert.Equal(50, options.ExtraCustomers);
    }

    [Theory]
    [InlineData("--failure-rate", "1.5")]
    [InlineData("--port", "http")]
    [InlineData("--colour", "blue")]
    public void A_bad_option_is_refused_with_a_message(string name, string value) =>
        Assert.Throws<FormatException>(() => KayakoClassicCommand.Parse([name, value]));

    [Fact]
    public async Task Extra_customers_are_seeded_with_tickets_for_load_tests()
    {
        await using var simulator = await KayakoClassicSimulator.StartAsync(new KayakoClassicSimulatorOptions { ExtraCustomers = 3 });
        using var http = new HttpClient();
        var client = new KayakoTestClient(http, simulator.BaseUrl, simulator.ApiKey, simulator.SecretKey);

        var users = (await client.PostAsync("/Base/UserSearch", ("query", "customer003@example.com"))).Xml().Elements("user");

        Assert.Equal("Customer 003", Assert.Single(users).Value("fullname"));
    }
}
