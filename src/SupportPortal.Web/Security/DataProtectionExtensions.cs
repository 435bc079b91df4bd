using Microsoft.AspNetCore.DataProtection;
using SupportPortal.Web.Reliability;

namespace SupportPortal.Web.Security;

/// <summary>
/// Keeps the Data Protection keys (sign-in cookies, antiforgery tokens) across restarts: in a folder,
/// <c>Portal:DataProtection:KeysPath</c>, by default "keys" beside the portal store. Several instances behind a load
/// balancer must share one key ring: point KeysPath at a shared volume (Redis or a database key ring are not built in).
/// </summary>
public static class DataProtectionExtensions
{
    public const string KeysPathSetting = "Portal:DataProtection:KeysPath";

    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = configuration[KeysPathSetting];
        var folder = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(PortalStoreSettings.Read(configuration).DataFolder, "keys")
            : Path.GetFullPath(configured);
        Directory.CreateDirectory(folder);
        services.AddDataProtection()
            .SetApplicationName("SupportPortal")
            .PersistKeysToFileSystem(new DirectoryInfo(folder));
        return services;
    }
}
