using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SupportPortal.E2E;

/// <summary>
/// A company's own website on another origin (its own Kestrel port, reached as http://localhost:port while the
/// portal is http://127.0.0.1:port, so the panel is a cross-site frame): one page with the portal's script tag, and
/// a script that records the portal's events for the tests to read; "/de" is a German page whose tag sets no texts.
/// </summary>
public sealed class HostSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HostSite(WebApplication app, string origin)
    {
        _app = app;
        Origin = origin;
    }

    /// <summary>e.g. http://localhost:41235.</summary>
    public string Origin { get; }

    /// <summary>The portal whose embed.js the page links; set before a page is opened.</summary>
    public string PortalUrl { get; set; } = "";

    public static async Task<HostSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        HostSite? site = null;
        app.MapGet("/", () => Results.Content(site!.Page("en", "data-label=\"Get help\""), "text/html; charset=utf-8"));
        app.MapGet("/de", () => Results.Content(site!.Page("de", ""), "text/html; charset=utf-8"));
        app.MapGet("/host.js", () => Results.Text(RecorderScript, "text/javascript"));
        app.MapGet("/sandboxed", () => Results.Content(site!.SandboxedPage(), "text/html; charset=utf-8"));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        site = new HostSite(app, $"http://localhost:{address.Port}");
        return site;
    }

    private string Page(string language, string labelAttributes) => $"""
        <!DOCTYPE html>
        <html lang="{language}">
        <head><meta charset="utf-8"><title>Northwind Shop</title></head>
        <body>
          <h1>Northwind Shop</h1>
          <p>Garden tools since 1952.</p>
          <script src="/host.js"></script>
          <script src="{PortalUrl}/embed.js" async {labelAttributes} data-open="/kb"></script>
        </body>
        </html>
        """;

    // A frame the browser gives no cookies at all (sandboxed without allow-same-origin), as a strict browser would.
    private string SandboxedPage() => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Northwind Shop</title></head>
        <body>
          <h1>Northwind Shop</h1>
          <iframe title="Support" sandbox="allow-scripts allow-popups" src="{PortalUrl}/embed/kb" style="width: 400px; height: 600px"></iframe>
        </body>
        </html>
        """;

    private const string RecorderScript = """
        window.portalEvents = [];
        ['ready', 'navigated', 'signed-in', 'resize', 'open', 'close'].forEach(function (type) {
            window.addEventListener('supportportal:' + type, function (event) {
                window.portalEvents.push({ type: type, detail: event.detail });
            });
        });
        """;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
