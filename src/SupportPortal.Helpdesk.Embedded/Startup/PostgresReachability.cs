using System.Net.Sockets;
using Npgsql;
using SupportPortal.Helpdesk.Embedded.Configuration;

namespace SupportPortal.Helpdesk.Embedded.Startup;

/// <summary>
/// Connects once before migrating, so an unreachable or refusing server is reported as a configuration problem,
/// and tells whether the database exists yet.
/// </summary>
internal static class PostgresReachability
{
    /// <returns>False when the server answers but the database does not exist yet.</returns>
    public static async Task<bool> DatabaseExistsAsync(EmbeddedHelpdeskSettings settings, CancellationToken cancellationToken)
    {
        const string setting = EmbeddedHelpdeskSettings.ConnectionStringSetting;
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
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
                setting,
                $"The PostgreSQL server at {settings.DatabaseHost} named by {setting} refused the connection ({exception.MessageText}).",
                exception);
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException)
        {
            throw new HelpdeskConfigurationException(
                setting,
                $"The PostgreSQL server at {settings.DatabaseHost} named by {setting} cannot be reached ({exception.Message}).",
                exception);
        }
    }
}
