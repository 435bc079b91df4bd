namespace SupportPortal.Helpdesk.Embedded.Configuration;

/// <summary>
/// The section "Helpdesk:Embedded", read once and resolved: absolute paths, the provider chosen.
/// </summary>
/// <param name="Provider">SQLite or PostgreSQL, from the connection string.</param>
/// <param name="ConnectionString">The connection string to use, with a SQLite file path made absolute.</param>
/// <param name="DatabaseFilePath">The SQLite file, or null on PostgreSQL.</param>
/// <param name="DatabaseHost">The PostgreSQL host (and port, when given), or null on SQLite.</param>
/// <param name="AttachmentsPath">The absolute folder of the attachment file store.</param>
/// <param name="SeedDemoData">Whether an empty database gets the demo departments, knowledge base and customers.</param>
internal sealed record EmbeddedHelpdeskSettings(
    DatabaseProvider Provider,
    string ConnectionString,
    string? DatabaseFilePath,
    string? DatabaseHost,
    string AttachmentsPath,
    bool SeedDemoData)
{
    public const string SectionName = "Helpdesk:Embedded";
    public const string ConnectionStringSetting = SectionName + ":ConnectionString";
    public const string SeedDemoDataSetting = SectionName + ":SeedDemoData";
    public const string AttachmentsPathSetting = SectionName + ":AttachmentsPath";
    public const string DefaultConnectionString = "Data Source=data/helpdesk.db";
}
