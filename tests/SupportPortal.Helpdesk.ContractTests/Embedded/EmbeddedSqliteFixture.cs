using Microsoft.Data.Sqlite;

namespace SupportPortal.Helpdesk.ContractTests.Embedded;

/// <summary>The embedded backend on a SQLite file in a temporary folder.</summary>
public sealed class EmbeddedSqliteFixture : EmbeddedHelpdeskFixture
{
    protected override Task<string> CreateStoreAsync() =>
        Task.FromResult($"Data Source={Path.Combine(Folder, "helpdesk.db")}");

    protected override Task DropStoreAsync()
    {
        // Pooled connections keep the file open; the folder goes with the fixture.
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}
