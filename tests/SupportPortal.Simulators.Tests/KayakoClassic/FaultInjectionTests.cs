using System.Net;
using SupportPortal.Simulators.KayakoClassic;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

/// <summary>Each test starts its own simulator: faults are global to an instance.</summary>
public sealed class FaultInjectionTests : IAsyncLifetime
{
    private readonly HttpClient http = new();
    private KayakoClassicSimulator simulator = null!;
    private KayakoTestClient client = null!;

    public async Task InitializeAsync()
    {
        simulator = await KayakoClassicSimulator.StartAsync(new KayakoClassicSimulatorOptions { FaultSeed = 11 });
        client = new KayakoTestClient(http, simulator.BaseUrl, simulator.ApiKey, simulator.SecretKey);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await simulator.DisposeAsync();
    }

    [Fact]
    public async Task A_helpdesk_that_is_down_answers_503_until_it_is_back()
    {
        simulator.Down = true;
        var down = await client.GetAsync("/Base/Department");
        simulator.Down = false;
        var up = await client.GetAsync("/Base/Department");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
        Assert.Equal(HttpStatusCode.OK, up.Status);
    }

    [Fact]
    public async Task A_failure_rate_of_one_fails_every_request_with_500()
    {
        simulator.FailureRate = 1;

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.GetAsync("/Tickets/TicketStatus")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.InternalServerError, r.Status));
    }

    [Fact]
    public async Task A_partial_failure_rate_fails_some_requests_and_serves_the_others()
    {
        simulator.FailureRate = 0.5;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            statuses.Add((await client.GetAsync("/Tickets/TicketPriority")).Status);
        }

        Assert.Contains(HttpStatusCode.InternalServerError, statuses);
        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.InternalServerError));
    }

    [Fact]
    public async Task Latency_holds_a_request_longer_than_a_client_is_willing_to_wait()
    {
        simulator.Latency = TimeSpan.FromMinutes(5);
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };
        var slowClient = new KayakoTestClient(impatient, simulator.BaseUrl, simulator.ApiKey, simulator.SecretKey);

        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => slowClient.GetAsync("/Base/Department"));

        simulator.Latency = TimeSpan.Zero;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Base/Department")).Status);
    }

    [Fact]
    public async Task Requests_are_counted_per_endpoint_refused_ones_included()
    {
        simulator.Requests.Reset();

        await client.GetAsync("/Tickets/Ticket/ListAll/1/-1/-1/1");
        await client.GetAsync("/Tickets/Ticket/ListAll/2/-1/-1/1");
        await client.GetAsync("/Tickets/Ticket/1");
        await client.GetRawAsync("e=/Tickets/Ticket/1");

        Assert.Equal(2, simulator.Requests["GET /Tickets/Ticket/ListAll"]);
        Assert.Equal(2, simulator.Requests["GET /Tickets/Ticket"]);
        Assert.Equal(4, simulator.Requests.Total);
    }

    [Fact]
    public void Failure_rates_outside_zero_to_one_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => simulator.FailureRate = 1.5);
    }
}
