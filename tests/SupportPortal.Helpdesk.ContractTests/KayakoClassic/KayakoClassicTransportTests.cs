using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk.KayakoClassic.Api;
using SupportPortal.Helpdesk.KayakoClassic.Http;
using SupportPortal.Simulators.KayakoClassic;

namespace SupportPortal.Helpdesk.ContractTests.KayakoClassic;

/// <summary>
/// What the Kayako Classic adapter makes of a Kayako that refuses, fails or is gone: each test gets a simulator
/// of its own, because these tests break it on purpose.
/// </summary>
public sealed class KayakoClassicTransportTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"sp-kayako-transport-{Guid.NewGuid():N}");
    private readonly List<ServiceProvider> providers = [];
    private KayakoClassicSimulator simulator = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        simulator = await KayakoClassicSimulator.StartAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        await simulator.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_wrong_secret_key_is_reported_as_misconfigured_naming_the_settings_to_check()
    {
        var helpdesk = Connect(simulator.BaseUrl, simulator.ApiKey, "not-the-secret").GetRequiredService<IHelpdesk>();

        var refusal = await Refused.WithAsync(HelpdeskError.Misconfigured, () => helpdesk.GetDepartmentsAsync());

        Assert.Contains("Helpdesk:KayakoClassic:ApiKey", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("SecretKey", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_api_key_is_reported_as_misconfigured()
    {
        var helpdesk = Connect(simulator.BaseUrl, "not-the-key", simulator.SecretKey).GetRequiredService<IHelpdesk>();

        await Refused.WithAsync(HelpdeskError.Misconfigured, () => helpdesk.GetPrioritiesAsync());
    }

    [Fact]
    public async Task A_kayako_in_maintenance_is_reported_unavailable()
    {
        var helpdesk = Connect().GetRequiredService<IHelpdesk>();
        simulator.Down = true;

        await Refused.WithAsync(HelpdeskError.Unavailable, () => helpdesk.GetStatusesAsync());
    }

    [Fact]
    public async Task A_kayako_that_does_not_listen_is_reported_unavailable()
    {
        var baseUrl = simulator.BaseUrl;
        await simulator.DisposeAsync();
        simulator = await KayakoClassicSimulator.StartAsync();
        var helpdesk = Connect(baseUrl, simulator.ApiKey, simulator.SecretKey).GetRequiredService<IHelpdesk>();

        await Refused.WithAsync(HelpdeskError.Unavailable, () => helpdesk.GetDepartmentsAsync());
    }

    [Fact]
    public async Task A_failing_read_is_tried_again_before_it_is_reported_unavailable()
    {
        var helpdesk = Connect().GetRequiredService<IHelpdesk>();
        simulator.FailureRate = 1;

        await Refused.WithAsync(HelpdeskError.Unavailable, () => helpdesk.GetStatusesAsync());

        Assert.True(simulator.Requests["GET /Tickets/TicketStatus"] > 1, "A GET that failed with HTTP 500 was not tried again.");
    }

    [Fact]
    public async Task A_failing_write_is_sent_once_only()
    {
        var tickets = Connect().GetRequiredService<IKayakoTicketsApi>();
        simulator.FailureRate = 1;
        var reply = new KayakoForm().Add("ticketid", 1).Add("contents", "Still broken.").Add("userid", 1);

        using var response = await tickets.CreatePostAsync(reply, CancellationToken.None);

        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal(1, simulator.Requests["POST /Tickets/TicketPost"]);
    }

    [Fact]
    public async Task The_signature_is_the_one_kayako_computes_for_the_salt()
    {
        var helpdesk = Connect().GetRequiredService<IHelpdesk>();
        var signature = RequestSignature.Create(simulator.SecretKey);

        Assert.Equal(simulator.Sign(signature.Salt), signature.Signature);
        Assert.NotEqual(signature.Salt, RequestSignature.Create(simulator.SecretKey).Salt);

        // And Kayako accepts what the adapter sends: GET in the query, POST in the form body.
        Assert.NotEmpty(await helpdesk.GetDepartmentsAsync());
        Assert.Equal(0, await helpdesk.GetTotalSubmittedTicketsAsync($"nobody-{Guid.NewGuid():N}@example.com"));
    }

    private ServiceProvider Connect() => Connect(simulator.BaseUrl, simulator.ApiKey, simulator.SecretKey);

    private ServiceProvider Connect(Uri baseUrl, string apiKey, string secretKey)
    {
        var provider = KayakoClassicConnection.Services(baseUrl, apiKey, secretKey, Path.Combine(folder, "article-votes.json"));
        providers.Add(provider);
        return provider;
    }
}
