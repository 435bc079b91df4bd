using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SupportPortal.Tests.Shared;

/// <summary>
/// A "Kayako" on a loopback port that answers every request with HTTP 200 and the reply a test chooses, for what the
/// real Kayako (and its simulator) never send: a half-written reply, a PHP error page, hostile XML. It records the
/// paths it was asked for. Compiled into the contract, web and reliability test projects.
/// </summary>
internal sealed class CannedKayako : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<string> paths = new();
    private readonly ConcurrentDictionary<string, string> repliesByPath = new(StringComparer.Ordinal);

    private CannedKayako(WebApplication app) => this.app = app;

    /// <summary>What every request gets unless <see cref="Answer"/> set a reply for its path.</summary>
    public string Reply { get; set; } = "";

    public string ContentType { get; set; } = "text/xml; charset=UTF-8";

    /// <summary>The REST entry point to configure as Helpdesk:KayakoClassic:BaseUrl.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The paths asked for so far, in order.</summary>
    public IReadOnlyCollection<string> Paths => paths;

    public static async Task<CannedKayako> StartAsync(string reply = "", string contentType = "text/xml; charset=UTF-8")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var kayako = new CannedKayako(builder.Build()) { Reply = reply, ContentType = contentType };
        kayako.app.Run(kayako.AnswerAsync);
        await kayako.app.StartAsync();

        var address = kayako.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        kayako.BaseUrl = new Uri(new Uri(address), "/api/index.php");
        return kayako;
    }

    /// <summary>Answers requests for <paramref name="path"/> with <paramref name="reply"/> instead of <see cref="Reply"/>.</summary>
    public Uri Answer(string path, string reply)
    {
        repliesByPath[path] = reply;
        return new Uri(BaseUrl, path);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        paths.Enqueue(path);
        context.Response.ContentType = ContentType;
        return context.Response.WriteAsync(repliesByPath.GetValueOrDefault(path) ?? Reply);
    }
}
