using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace SupportPortal.E2E;

/// <summary>
/// The real portal on a real Kestrel port, on the embedded helpdesk with demo data in a fresh temporary folder.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "supportportal-e2e-" + Guid.NewGuid().ToString("N"));

    public PortalServer()
    {
        Directory.CreateDirectory(_dataFolder);
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
    public string MailFolder => Path.Combine(_dataFolder, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Helpdesk:Provider", "Embedded");
        builder.UseSetting("Helpdesk:Embedded:ConnectionString", $"Data Source={Path.Combine(_dataFolder, "helpdesk.db")}");
        builder.UseSetting("Helpdesk:Embedded:SeedDemoData", "true");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(_dataFolder, "portal.db")}");
        builder.UseSetting("Portal:SeedDemoAccounts", "true");
        builder.UseSetting("Portal:Email:PickupDirectory", MailFolder);
        builder.UseSetting("Portal:Sso:SharedSecret", SsoSecret);

        // Every browser test signs in from 127.0.0.1; the production limit would refuse the later ones.
        builder.UseSetting("Portal:RateLimits:SignInPerMinute", "1000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by SQLite's pool; the temp folder is cleaned by the OS eventually.
        }
    }
}
