using System.Net.Sockets;
using Npgsql;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Accounts.Data;

/// <summary>
/// Proves the portal store can be used before migrating, so a wrong path or an unreachable server stops start-up
/// with one sentence naming <c>ConnectionStrings:Portal</c> instead of failing at the first sign-in.
/// </summary>
internal static class PortalStoreAvailability
{
    private const string Setting = PortalStoreSettings.ConnectionStringSetting;

    public static void EnsureSqliteFileWritable(string databaseFile)
    {
        try
        {
            var folder = Path.GetDirectoryName(databaseFile)!;
            Directory.CreateDirectory(folder);
            if (File.Exists(databaseFile))
            {
                using var existing = new FileStream(databaseFile, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
                return;
            }

            // SQLite writes journal files beside the database, so the folder itself must be writable.
            var probe = Path.Combine(folder, $".portal-write-probe-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "probe");
            File.Delete(probe);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new HelpdeskConfigurationException(
                Setting,
                $"{Setting} points at the SQLite file \"{databaseFile}\", which cannot be created or written ({exception.Message}).",
                exception);
        }
    }

    /// <returns>False when the server answers but the database does not exist yet.</returns>
    public static async Task<bool> PostgresDatabaseExistsAsync(PortalStoreSettings store, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(store.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return false;
        }
        catch (PostgresException exception)
        {
            throw new HelpdeskConfigurationException(
                Setting, $"The PostgreSQL server at {store.DatabaseHost} named by {Setting} refused the connection ({exception.MessageText}).", exception);
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException)
        {
            throw new HelpdeskConfigurationException(
                Setting, $"The PostgreSQL server at {store.DatabaseHost} named by {Setting} cannot be reached ({exception.Message}).", exception);
        }
    }
}
