using Microsoft.Playwright;

namespace SupportPortal.E2E;

/// <summary>
/// A portal that one host site may frame and another may not, with a brand of its own (name and colours set as an
/// operator would), and a browser.
/// </summary>
public sealed class EmbeddingFixture : IAsyncLifetime
{
    public const string BrandName = "Northwind Support";
    public const string Primary = "#6A1B9A";
    public const string PrimaryRgb = "rgb(106, 27, 154)";
    public const string Secondary = "#00695C";

    private IPlaywright? _playwright;

    public HostSite AllowedHost { get; private set; } = null!;

    public HostSite OtherHost { get; private set; } = null!;

    public PortalServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        AllowedHost = await HostSite.StartAsync();
        OtherHost = await HostSite.StartAsync();
        Server = new PortalServer(new Dictionary<string, string>
        {
            ["Portal:Embedding:AllowedOrigins:0"] = AllowedHost.Origin,
            ["Portal:Name"] = BrandName,
            ["Portal:Theme:Primary"] = Primary,
            ["Portal:Theme:Secondary"] = Secondary,
            ["Portal:RateLimits:SsoPerMinute"] = "1000",
        });
        AllowedHost.PortalUrl = Server.BaseUrl;
        OtherHost.PortalUrl = Server.BaseUrl;
        (_playwright, Browser) = await BrowserLauncher.LaunchAsync();
    }

    /// <summary>A page in a fresh context (own cookies), with the portal as its base URL.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseUrl });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        if (AllowedHost is not null)
        {
            await AllowedHost.DisposeAsync();
        }

        if (OtherHost is not null)
        {
            await OtherHost.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class EmbeddingCollection : ICollectionFixture<EmbeddingFixture>
{
    public const string Name = "embedded portal";
}
