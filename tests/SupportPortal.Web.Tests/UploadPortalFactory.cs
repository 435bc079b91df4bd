using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace SupportPortal.Web.Tests;

/// <summary>
/// The portal with customers signed in by a test header, small upload limits that tests can cross cheaply, its own
/// upload folder and a clock the tests can move forward.
/// </summary>
public class UploadPortalFactory : PortalFactory
{
    public const long MaxFileBytes = 256 * 1024;
    public const int MaxFiles = 3;

    public string UploadFolder { get; } = Directory.CreateTempSubdirectory("portal-uploads-tests-").FullName;

    public AdjustableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:Uploads:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Portal:Uploads:MaxFiles", MaxFiles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Portal:Uploads:TempPath", UploadFolder);
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        TestCustomerAuthentication.AddTo(services);
        services.AddSingleton<TimeProvider>(Clock);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(UploadFolder, recursive: true);
    }
}
