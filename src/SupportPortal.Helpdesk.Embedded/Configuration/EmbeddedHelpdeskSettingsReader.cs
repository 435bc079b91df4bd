using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace SupportPortal.Helpdesk.Embedded.Configuration;

/// <summary>
/// Reads "Helpdesk:Embedded" and refuses, with one sentence naming the setting, what cannot work.
/// Problems only start-up can see (folders that cannot be written, a server that does not answer)
/// are left to <see cref="Startup.EmbeddedHelpdeskInitializer"/>.
/// </summary>
internal static class EmbeddedHelpdeskSettingsReader
{
    private const string PostgresDefaultAttachmentsPath = "data/attachments";

    public static EmbeddedHelpdeskSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(EmbeddedHelpdeskSettings.SectionName);
        var connectionString = section["ConnectionString"] ?? EmbeddedHelpdeskSettings.DefaultConnectionString;
        var seedDemoData = ReadSeedDemoData(section["SeedDemoData"]);
        var attachmentsPath = section["AttachmentsPath"];

        return DetectProvider(connectionString) switch
        {
            DatabaseProvider.Sqlite => ReadSqlite(connectionString, attachmentsPath, seedDemoData),
            _ => ReadPostgres(connectionString, attachmentsPath, seedDemoData),
        };
    }

    private static DatabaseProvider DetectProvider(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw Invalid("is empty; set it to \"Data Source=<file>\" for SQLite or \"Host=<server>;Database=<name>;...\" for PostgreSQL.");
        }

        DbConnectionStringBuilder keys;
        try
        {
            keys = new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException exception)
        {
            throw Invalid($"cannot be read ({exception.Message}); use \"Data Source=<file>\" for SQLite or \"Host=<server>;...\" for PostgreSQL.", exception);
        }

        if (keys.ContainsKey("Host"))
        {
            return DatabaseProvider.Postgres;
        }

        if (keys.ContainsKey("Data Source") || keys.ContainsKey("DataSource") || keys.ContainsKey("Filename"))
        {
            return DatabaseProvider.Sqlite;
        }

        throw Invalid("is neither SQLite (\"Data Source=<file>\") nor PostgreSQL (\"Host=<server>;...\").");
    }

    private static EmbeddedHelpdeskSettings ReadSqlite(string connectionString, string? attachmentsPath, bool seedDemoData)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw Invalid($"is not a valid SQLite connection string ({exception.Message}).", exception);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw Invalid("names no SQLite database file; set \"Data Source=<file>\".");
        }

        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource.Trim() == ":memory:")
        {
            throw Invalid("names an in-memory SQLite database, which loses its data between connections; set \"Data Source=<file>\".");
        }

        if (builder.Mode == SqliteOpenMode.ReadOnly)
        {
            throw Invalid("uses Mode=ReadOnly, but the helpdesk writes to its database.");
        }

        var databaseFile = FullPath(builder.DataSource, EmbeddedHelpdeskSettings.ConnectionStringSetting);
        builder.DataSource = databaseFile;
        var attachments = string.IsNullOrWhiteSpace(attachmentsPath)
            ? Path.Combine(Path.GetDirectoryName(databaseFile)!, "attachments")
            : FullPath(attachmentsPath, EmbeddedHelpdeskSettings.AttachmentsPathSetting);

        return new EmbeddedHelpdeskSettings(DatabaseProvider.Sqlite, builder.ToString(), databaseFile, null, attachments, seedDemoData);
    }

    private static EmbeddedHelpdeskSettings ReadPostgres(string connectionString, string? attachmentsPath, bool seedDemoData)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw Invalid($"is not a valid PostgreSQL connection string ({exception.Message}).", exception);
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw Invalid("names no PostgreSQL server; set \"Host=<server>\".");
        }

        var attachments = FullPath(
            string.IsNullOrWhiteSpace(attachmentsPath) ? PostgresDefaultAttachmentsPath : attachmentsPath,
            EmbeddedHelpdeskSettings.AttachmentsPathSetting);
        var host = $"{builder.Host}:{builder.Port}";

        return new EmbeddedHelpdeskSettings(DatabaseProvider.Postgres, builder.ConnectionString, null, host, attachments, seedDemoData);
    }

    private static bool ReadSeedDemoData(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        return bool.TryParse(value, out var seed)
            ? seed
            : throw new HelpdeskConfigurationException(
                EmbeddedHelpdeskSettings.SeedDemoDataSetting,
                $"{EmbeddedHelpdeskSettings.SeedDemoDataSetting} must be true or false, not \"{value}\".");
    }

    private static string FullPath(string path, string settingName)
    {
        try
        {
            return Path.GetFullPath(path.Trim());
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new HelpdeskConfigurationException(settingName, $"{settingName} names a path that is not valid: \"{path}\".", exception);
        }
    }

    private static HelpdeskConfigurationException Invalid(string reason, Exception? inner = null) =>
        new(EmbeddedHelpdeskSettings.ConnectionStringSetting, $"{EmbeddedHelpdeskSettings.ConnectionStringSetting} {reason}", inner);
}
