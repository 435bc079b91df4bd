using Microsoft.Extensions.Configuration;
using Npgsql;
using SupportPortal.Helpdesk.Embedded.Configuration;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>
/// Where a built-in helpdesk keeps its data, resolved from its "Helpdesk:Embedded" settings: the database (the SQLite
/// file's full path, or PostgreSQL's host:port/database) and the attachments folder. Lets a portal with several
/// helpdesks refuse two that would share one, which would show one brand's tickets under another's host.
/// </summary>
public sealed record EmbeddedHelpdeskStorage(string Database, string AttachmentsPath)
{
    /// <summary>Reads the storage <paramref name="configuration"/>'s "Helpdesk:Embedded" names.</summary>
    /// <exception cref="HelpdeskConfigurationException">A setting cannot work.</exception>
    public static EmbeddedHelpdeskStorage Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = EmbeddedHelpdeskSettingsReader.Read(configuration);
        var database = settings.Provider == DatabaseProvider.Sqlite
            ? settings.DatabaseFilePath!
            : $"{settings.DatabaseHost}/{new NpgsqlConnectionStringBuilder(settings.ConnectionString).Database}";
        return new EmbeddedHelpdeskStorage(database, settings.AttachmentsPath);
    }
}
