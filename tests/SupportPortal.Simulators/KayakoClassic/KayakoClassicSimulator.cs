using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using SupportPortal.Simulators.Hosting;
using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic;

/// <summary>
/// A running Kayako Classic (v4) REST API on a loopback port, seeded with the demo helpdesk, following Kayako's own
/// source (see KayakoClassic/PROTOCOL.md). Start one per test class; faults can be changed while it runs.
/// </summary>
public sealed class KayakoClassicSimulator : IAsyncDisposable
{
    private readonly WebApplication app;

    private KayakoClassicSimulator(WebApplication app, Uri baseUrl, string apiKey, string secretKey, FaultInjection faults, RequestCounter requests)
    {
        this.app = app;
        BaseUrl = baseUrl;
        ApiKey = apiKey;
        SecretKey = secretKey;
        Faults = faults;
        Requests = requests;
    }

    /// <summary>The REST entry point, e.g. http://127.0.0.1:41234/api/index.php (the value of Helpdesk:KayakoClassic:BaseUrl).</summary>
    public Uri BaseUrl { get; }

    public int Port => BaseUrl.Port;

    public string ApiKey { get; }

    public string SecretKey { get; }

    /// <summary>Latency, random HTTP 500s and "down" (HTTP 503), changeable at any time.</summary>
    public FaultInjection Faults { get; }

    /// <summary>Requests received per endpoint ("GET /Tickets/Ticket/ListAll", "POST /Tickets/TicketPost", ...).</summary>
    public RequestCounter Requests { get; }

    /// <summary>Shortcut for <see cref="FaultInjection.FailureRate"/>.</summary>
    public double FailureRate
    {
        get => Faults.FailureRate;
        set => Faults.FailureRate = value;
    }

    /// <summary>Shortcut for <see cref="FaultInjection.Latency"/>.</summary>
    public TimeSpan Latency
    {
        get => Faults.Latency;
        set => Faults.Latency = value;
    }

    /// <summary>Shortcut for <see cref="FaultInjection.Down"/>: every request gets HTTP 503 while true.</summary>
    public bool Down
    {
        get => Faults.Down;
        set => Faults.Down = value;
    }

    /// <summary>The signature a client sends with <paramref name="salt"/>: base64(HMAC-SHA256(key: secret key, data: salt)).</summary>
    public string Sign(string salt) => RestAuthenticator.Sign(salt, SecretKey);

    /// <summary>Starts a simulator on 127.0.0.1 and returns once it accepts requests.</summary>
    public static async Task<KayakoClassicSimulator> StartAsync(KayakoClassicSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new KayakoClassicSimulatorOptions();
        var store = new KayakoStore(options.Clock);
        DemoReferenceData.Seed(store);
        DemoCustomers.Seed(store, options.ExtraCustomers);
        store.SyncCounters();

        var faults = new FaultInjection(options.Latency, options.FailureRate, options.FaultSeed);
        var requests = new RequestCounter();
        var server = new RestServer(store, new RestAuthenticator(options.ApiKey, options.SecretKey), faults, requests);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxRequestBytes);
            form.MultipartBodyLengthLimit = options.MaxRequestBytes;
        });

        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var baseUrl = new Uri(new Uri(address), "/api/index.php");
        return new KayakoClassicSimulator(app, baseUrl, options.ApiKey, options.SecretKey, faults, requests);
    }

    /// <summary>Waits until the host is asked to stop (Ctrl+C or SIGTERM when run from the command line).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
