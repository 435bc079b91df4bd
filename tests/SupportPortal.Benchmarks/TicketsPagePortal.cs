using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SupportPortal.Web.Reliability;
using SupportPortal.Web.Support;

namespace SupportPortal.Benchmarks;

/// <summary>
/// The real portal on a Kestrel port (Production, embedded helpdesk without demo data, single sign-on on), which notes
/// how long the server spends on each request (from the first middleware until the response is written) and counts the
/// calls that reach the helpdesk.
/// </summary>
internal sealed class TicketsPagePortal : WebApplicationFactory<PortalHtmlSanitizer>
{
    private const string SsoSecret = "tickets-page-benchmark-host-site-secret-0123456789";
    private const string RequestIdHeader = "X-Benchmark-Request";

    private readonly string folder;
    private readonly ConcurrentDictionary<string, double> serverMicroseconds = new(StringComparer.Ordinal);

    public TicketsPagePortal(string folder)
    {
        this.folder = folder;
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
    }

    public string BaseUrl { get; }

    public HelpdeskCallCounter Calls { get; } = new();

    /// <summary>A client with its own cookies, signed in as <paramref name="email"/> by a host site's SSO token.</summary>
    public async Task<HttpClient> SignInAsync(string email, string name)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        var client = new HttpClient(handler) { BaseAddress = new Uri(BaseUrl) };
        using var response = await client.GetAsync($"/account/sso?jwt={SsoToken(email, name)}&return_to=%2Ftickets");
        if (response.StatusCode != HttpStatusCode.Redirect || handler.CookieContainer.Count == 0)
        {
            throw new InvalidOperationException($"Single sign-on for {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>GET /tickets, read to the end; returns the server's time and the round trip, in microseconds.</summary>
    public async Task<(double Server, double RoundTrip)> GetTicketsAsync(HttpClient customer)
    {
        var id = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tickets");
        request.Headers.Add(RequestIdHeader, id);
        var started = Stopwatch.GetTimestamp();
        using var response = await customer.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        var roundTrip = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET /tickets answered {(int)response.StatusCode}.");
        }

        // The middleware notes the time just after the last byte is written, which can be a moment after the client has it.
        var spin = new SpinWait();
        double server;
        while (!serverMicroseconds.TryRemove(id, out server))
        {
            spin.SpinOnce();
        }

        return (server, roundTrip);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Helpdesk:Provider", "Embedded");
        builder.UseSetting("Helpdesk:Embedded:ConnectionString", $"Data Source={Path.Combine(folder, "helpdesk.db")}");
        builder.UseSetting("Helpdesk:Embedded:SeedDemoData", "false");
        builder.UseSetting("Helpdesk:Embedded:AttachmentsPath", Path.Combine(folder, "attachments"));
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(folder, "portal.db")}");
        builder.UseSetting("Portal:SeedDemoAccounts", "false");
        builder.UseSetting("Portal:Uploads:TempPath", Path.Combine(folder, "uploads"));
        builder.UseSetting("Portal:Sso:SharedSecret", SsoSecret);
        // The benchmark's statuses are "Status 1" to "Status 3"; naming two of them keeps close/reopen on, as in a real portal.
        builder.UseSetting("Portal:Tickets:ReopenStatus", "Status 1");
        builder.UseSetting("Portal:Tickets:ClosedStatus", "Status 3");
        // Per-request logging would measure the console, not the page.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.DecorateHelpdesk((_, inner) => Calls.Wrap(inner));
            services.AddSingleton<IStartupFilter>(new ServerTiming(serverMicroseconds));
        });
    }

    /// <summary>An HS256 JWT as the host site signs it: email, name, iat, exp and a one-time jti.</summary>
    private static string SsoToken(string email, string name)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = "HS256", ["typ"] = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["email"] = email, ["name"] = name, ["iat"] = now, ["exp"] = now + 300, ["jti"] = Guid.NewGuid().ToString("N"),
        }));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(SsoSecret), Encoding.ASCII.GetBytes($"{header}.{payload}"));
        return $"{header}.{payload}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>First in the pipeline: the time from a benchmark request's arrival until its response is complete.</summary>
    private sealed class ServerTiming(ConcurrentDictionary<string, double> times) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate nextMiddleware) =>
            {
                var started = Stopwatch.GetTimestamp();
                await nextMiddleware(context);
                if (context.Request.Headers[RequestIdHeader].ToString() is { Length: > 0 } id)
                {
                    times[id] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
                }
            });
            next(app);
        };
    }
}
