using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace SupportPortal.Web.Tests;

/// <summary>
/// The portal in-process, as an operator runs it (Production), on the embedded helpdesk with demo data in a
/// temporary SQLite file, and with a brand of its own so the tests can tell configuration from defaults.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string PortalName = "Contoso Help Centre";

    // #8E24AA as MudBlazor writes it into the theme's CSS variables.
    public const string PrimaryColour = "#8E24AA";
    public const string PrimaryColourCss = "rgba(142,36,170,1)";

    private readonly string dataFolder = Directory.CreateTempSubdirectory("portal-web-tests-").FullName;

    /// <summary>The factory's own temporary folder, removed with it.</summary>
    protected string DataFolder => dataFolder;

    /// <summary>Where the portal writes account e-mail (.eml files).</summary>
    public string MailFolder => Path.Combine(dataFolder, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");

        // UseSetting reaches Program before it reads the configuration; ConfigureAppConfiguration would come too late.
        builder.UseSetting("Helpdesk:Provider", "Embedded");
        builder.UseSetting("Helpdesk:Embedded:ConnectionString", $"Data Source={Path.Combine(dataFolder, "helpdesk.db")}");
        builder.UseSetting("Helpdesk:Embedded:SeedDemoData", "true");
        builder.UseSetting("Helpdesk:Embedded:AttachmentsPath", Path.Combine(dataFolder, "attachments"));
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(dataFolder, "portal.db")}");
        builder.UseSetting("Portal:SeedDemoAccounts", "true");
        builder.UseSetting("Portal:Email:PickupDirectory", MailFolder);

        // The tests share one client address; the production sign-in limit would refuse the later ones.
        builder.UseSetting("Portal:RateLimits:SignInPerMinute", "1000");
        builder.UseSetting("Portal:Name", PortalName);
        builder.UseSetting("Portal:Theme:Primary", PrimaryColour);

        builder.ConfigureTestServices(ConfigureServices);
    }

    /// <summary>Where a derived factory swaps services, such as the helpdesk.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataFolder, recursive: true);
    }
}
