using SupportPortal.Web.Accounts.Data;
using Microsoft.AspNetCore.DataProtection;
using SupportPortal.Helpdesk;
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
            ? Path.Combine(PortalStoreFolder.Of(PortalStoreSettings.Read(configuration)), "keys")
            : Path.GetFullPath(configured);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Found now, as one sentence: the key ring would otherwise log a stack trace on every request.
            var setting = string.IsNullOrWhiteSpace(configured) ? PortalStoreSettings.ConnectionStringSetting : KeysPathSetting;
            throw new HelpdeskConfigurationException(setting, $"{setting} leads to a key folder \"{folder}\" that cannot be created ({exception.Message}).", exception);
        }

        services.AddDataProtection()
            .SetApplicationName("SupportPortal")
            .PersistKeysToFileSystem(new DirectoryInfo(folder));
        return services;
    }
}
