using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SupportPortal.Reliability.Tests;

/// <summary>
/// The whole portal in-process as an operator runs it (Production), on the embedded helpdesk with demo data and its
/// own portal store in a temporary folder. Derived fixtures add settings.
/// </summary>
public class HardenedPortal : WebApplicationFactory<Program>
{
    private readonly string dataFolder = Directory.CreateTempSubdirectory("portal-hardening-").FullName;

    public string DataFolder => dataFolder;

    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Helpdesk:Provider", "Embedded");
        builder.UseSetting("Helpdesk:Embedded:ConnectionString", $"Data Source={Path.Combine(dataFolder, "helpdesk.db")}");
        builder.UseSetting("Helpdesk:Embedded:SeedDemoData", "true");
        builder.UseSetting("Helpdesk:Embedded:AttachmentsPath", Path.Combine(dataFolder, "attachments"));
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(dataFolder, "portal.db")}");
        builder.UseSetting("Portal:SeedDemoAccounts", "true");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pool; the temp folder is cleaned by the OS eventually.
        }
    }
}

/// <summary>The portal with one other site allowed to frame it.</summary>
public sealed class EmbeddablePortal : HardenedPortal
{
    public const string HostSite = "https://www.customer-site.example";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Portal:Embedding:AllowedOrigins:0"] = HostSite,
    };
}
