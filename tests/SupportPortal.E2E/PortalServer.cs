using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace SupportPortal.E2E;

/// <summary>
/// The real portal on a real Kestrel port, with its store and mail in <paramref name="dataFolder"/> and the helpdesk
/// that <paramref name="helpdeskSettings"/> (Helpdesk:*) choose. A <see cref="PortalFixture"/> creates it.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    private readonly string dataFolder;
    private readonly IReadOnlyDictionary<string, string?> helpdeskSettings;

    private readonly Action<IServiceCollection>? configureServices;

    /// <param name="configureServices">Swaps services, such as the helpdesk, for a fixture that needs to.</param>
    public PortalServer(string dataFolder, IReadOnlyDictionary<string, string?> helpdeskSettings, Action<IServiceCollection>? configureServices = null)
    {
        this.dataFolder = dataFolder;
        this.helpdeskSettings = helpdeskSettings;
        this.configureServices = configureServices;
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
    }

    /// <summary>Where the portal listens, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; }

    /// <summary>The single sign-on secret the portal shares with the (imaginary) host site; tests sign tokens with it.</summary>
    public const string SsoSecret = "e2e-host-site-shared-secret-0123456789abcdef";

    /// <summary>Where the portal writes account e-mail (.eml files) for the tests to read.</summary>
    public string MailFolder => Path.Combine(dataFolder, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in helpdeskSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(dataFolder, "portal.db")}");
        builder.UseSetting("Portal:SeedDemoAccounts", "true");
        builder.UseSetting("Portal:Email:PickupDirectory", MailFolder);
        builder.UseSetting("Portal:Sso:SharedSecret", SsoSecret);

        // Every browser test signs in from 127.0.0.1; the production limit would refuse the later ones.
        builder.UseSetting("Portal:RateLimits:SignInPerMinute", "1000");

        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }
}
