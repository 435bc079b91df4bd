namespace SupportPortal.Helpdesk.Embedded.Configuration;

/// <summary>The databases the built-in helpdesk runs on, told apart by the connection string.</summary>
internal enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
