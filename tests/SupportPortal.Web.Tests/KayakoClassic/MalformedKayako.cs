using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SupportPortal.Web.Tests.KayakoClassic;

/// <summary>
/// A "Kayako" on a loopback port that answers every request with HTTP 200, text/xml and the same body, which is not
/// the XML Kayako sends: a half-written reply, a PHP error page, a document with an entity pointing at a local file.
/// </summary>
public sealed class MalformedKayako : IAsyncDisposable
{
    private readonly WebApplication app;

    private MalformedKayako(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The REST entry point to configure as Helpdesk:KayakoClassic:BaseUrl.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Requests answered so far.</summary>
    public int Requests => requests;

    private int requests;

    public static async Task<MalformedKayako> StartAsync(string body)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        MalformedKayako? kayako = null;
        app.Run(async context =>
        {
            Interlocked.Increment(ref kayako!.requests);
            context.Response.ContentType = "text/xml; charset=UTF-8";
            await context.Response.WriteAsync(body);
        });
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        kayako = new MalformedKayako(app, new Uri(new Uri(address), "/api/index.php"));
        return kayako;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
