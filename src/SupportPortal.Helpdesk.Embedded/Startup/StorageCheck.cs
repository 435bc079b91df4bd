using SupportPortal.Helpdesk.Embedded.Configuration;
using SupportPortal.Helpdesk.Embedded.Storage;

namespace SupportPortal.Helpdesk.Embedded.Startup;

/// <summary>
/// Creates the SQLite folder and the attachment store and proves both can be written, so a wrong path stops
/// start-up with a sentence naming the setting instead of failing on the first ticket.
/// </summary>
internal static class StorageCheck
{
    public static void EnsureWritable(EmbeddedHelpdeskSettings settings, ContentAddressedFileStore files)
    {
        if (settings.DatabaseFilePath is { } databaseFile)
        {
            Attempt(
                () => EnsureDatabaseFileWritable(databaseFile),
                EmbeddedHelpdeskSettings.ConnectionStringSetting,
                $"points at the SQLite file \"{databaseFile}\"");
        }

        Attempt(files.EnsureWritable, EmbeddedHelpdeskSettings.AttachmentsPathSetting, $"is the folder \"{files.RootPath}\"");
    }

    private static void EnsureDatabaseFileWritable(string databaseFile)
    {
        var folder = Path.GetDirectoryName(databaseFile)!;
        Directory.CreateDirectory(folder);
        if (File.Exists(databaseFile))
        {
            using var existing = new FileStream(databaseFile, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            return;
        }

        // SQLite also writes journal files beside the database, so the folder itself must be writable.
        var probe = Path.Combine(folder, $".helpdesk-write-probe-{Guid.NewGuid():N}");
        File.WriteAllText(probe, "probe");
        File.Delete(probe);
    }

    private static void Attempt(Action check, string settingName, string what)
    {
        try
        {
            check();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new HelpdeskConfigurationException(
                settingName,
                $"{settingName} {what}, which cannot be created or written ({exception.Message}).",
                exception);
        }
    }
}
