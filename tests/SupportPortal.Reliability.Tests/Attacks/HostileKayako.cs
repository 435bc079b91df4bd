using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SupportPortal.Reliability.Tests.Attacks;

/// <summary>
/// A "Kayako" on a loopback port that answers every REST call with the XML a test chooses, as a compromised or
/// impersonated helpdesk would. It also serves <see cref="DtdPath"/>, so a test can tell whether a parser went
/// out to fetch an external DTD (it must not).
/// </summary>
public sealed class HostileKayako : IAsyncDisposable
{
    public const string DtdPath = "/evil.dtd";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<string> requests = new();

    private HostileKayako(WebApplication app) => this.app = app;

    /// <summary>What every REST call is answered with (HTTP 200, text/xml).</summary>
    public string Reply { get; set; } = "<departments />";

    /// <summary>The Kayako REST address to configure the adapter with.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public Uri DtdUrl => new(BaseUrl, DtdPath);

    /// <summary>How many times anything fetched the external DTD.</summary>
    public int DtdFetches => requests.Count(path => path == DtdPath);

    /// <summary>How many REST calls were answered with <see cref="Reply"/>.</summary>
    public int RestCalls => requests.Count(path => path != DtdPath);

    public static async Task<HostileKayako> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var kayako = new HostileKayako(app);
        app.Run(kayako.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        kayako.BaseUrl = new Uri($"{address}/api/index.php");
        return kayako;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        requests.Enqueue(context.Request.Path.Value ?? "");
        context.Response.ContentType = "text/xml; charset=utf-8";
        if (context.Request.Path == DtdPath)
        {
            // Were it fetched and parsed, this would pull the secret file into the document.
            await context.Response.WriteAsync("<!ENTITY stolen SYSTEM \"file:///etc/hostname\">");
            return;
        }

        await context.Response.WriteAsync(Reply);
    }
}
