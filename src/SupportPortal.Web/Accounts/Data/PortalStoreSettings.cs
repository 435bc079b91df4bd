using Microsoft.Data.Sqlite;
using Npgsql;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Accounts.Data;

/// <summary>
/// <c>ConnectionStrings:Portal</c>, the portal's own store, read once: SQLite by default (file path made absolute),
/// PostgreSQL when the connection string starts with "Host=". A setting that cannot work is refused with one sentence.
/// </summary>
public sealed record PortalStoreSettings(bool IsPostgres, string ConnectionString, string? DatabaseFilePath, string? DatabaseHost)
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
            throw Invalid($"is not a valid SQLite connection string ({exception.Message}); use \"Data Source=<file>\" or \"Host=<server>;...\" for PostgreSQL.", exception);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource.Trim() == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            throw Invalid("must name a SQLite file (\"Data Source=<file>\"): accounts have to survive a restart.");
        }

        if (builder.Mode == SqliteOpenMode.ReadOnly)
        {
            throw Invalid("uses Mode=ReadOnly, but the portal writes accounts to its store.");
        }

        try
        {
            // Made absolute once, so the store does not move when the working directory does.
            builder.DataSource = Path.GetFullPath(builder.DataSource.Trim());
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw Invalid($"names a file path that is not valid: \"{builder.DataSource}\".", exception);
        }

        return new PortalStoreSettings(false, builder.ToString(), builder.DataSource, null);
    }

    private static PortalStoreSettings ReadPostgres(string connectionString)
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

        if (string.IsNullOrWhiteSpace(builder.Database))
        {
            throw Invalid("names no PostgreSQL database; add \"Database=<name>\".");
        }

        return new PortalStoreSettings(true, builder.ConnectionString, null, $"{builder.Host}:{builder.Port}");
    }

    private static HelpdeskConfigurationException Invalid(string reason, Exception? inner = null) =>
        new(ConnectionStringSetting, $"{ConnectionStringSetting} {reason}", inner);
}
