namespace SupportPortal.E2E;

/// <summary>
/// The embedded-helpdesk portal that one host site may frame and another may not, with a brand of its own (name and
/// colours set as an operator would), and a browser.
/// </summary>
public sealed class EmbeddingFixture : EmbeddedPortalFixture
{
    public const string BrandName = "Northwind Support";
    public const string Primary = "#6A1B9A";
    public const string PrimaryRgb = "rgb(106, 27, 154)";
    public const string Secondary = "#00695C";

    public HostSite AllowedHost { get; private set; } = null!;

    public HostSite OtherHost { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        AllowedHost = await HostSite.StartAsync();
        OtherHost = await HostSite.StartAsync();
        await base.InitializeAsync();
        AllowedHost.PortalUrl = Server.BaseUrl;
        OtherHost.PortalUrl = Server.BaseUrl;
    }

    protected override async Task<IReadOnlyDictionary<string, string?>> StartHelpdeskAsync() =>
        new Dictionary<string, string?>(await base.StartHelpdeskAsync())
        {
            ["Portal:Embedding:AllowedOrigins:0"] = AllowedHost.Origin,
            ["Portal:Name"] = BrandName,
            ["Portal:Theme:Primary"] = Primary,
            ["Portal:Theme:Secondary"] = Secondary,
            ["Portal:RateLimits:SsoPerMinute"] = "1000",
        };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
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
