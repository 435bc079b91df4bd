using Microsoft.Data.Sqlite;
using Npgsql;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Reliability;

/// <summary>
/// Where the portal keeps its own data (<c>ConnectionStrings:Portal</c>): SQLite by default, PostgreSQL when the
/// connection string names a host. Files that belong with the store (the outbox's attachment copies) go beside it.
/// </summary>
public sealed record PortalStoreSettings(bool IsPostgres, string ConnectionString, string DataFolder)
{
    public const string ConnectionStringName = "Portal";
    public const string ConnectionStringSetting = "ConnectionStrings:" + ConnectionStringName;
    public const string DefaultConnectionString = "Data Source=data/portal.db";

    public static PortalStoreSettings Read(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = DefaultConnectionString;
        }

        return connectionString.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
            ? ReadPostgres(connectionString)
            : ReadSqlite(connectionString);
    }

    private static PortalStoreSettings ReadSqlite(string connectionString)
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

        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource.Trim() == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            throw Invalid("must name a SQLite file (\"Data Source=<file>\"): the outbox has to survive a restart.");
        }

        // Made absolute once, so the store does not move when the working directory does.
        builder.DataSource = Path.GetFullPath(builder.DataSource.Trim());
        return new PortalStoreSettings(false, builder.ToString(), Path.GetDirectoryName(builder.DataSource)!);
    }

    private static PortalStoreSettings ReadPostgres(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return new PortalStoreSettings(true, builder.ConnectionString, Path.GetFullPath("data"));
        }
        catch (ArgumentException exception)
        {
            throw Invalid($"is not a valid PostgreSQL connection string ({exception.Message}).", exception);
        }
    }

    private static HelpdeskConfigurationException Invalid(string reason, Exception inner) =>
        new(ConnectionStringSetting, $"{ConnectionStringSetting} {reason}", inner);

    private static HelpdeskConfigurationException Invalid(string reason) =>
        new(ConnectionStringSetting, $"{ConnectionStringSetting} {reason}");
}
