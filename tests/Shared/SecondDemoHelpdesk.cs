using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SupportPortal.Tests.Shared;

/// <summary>
/// An embedded helpdesk database for a second brand: the demo data, made that brand's own before the portal starts
/// (so no cache or index holds the demo's): every department, category and article title prefixed, every ticket gone,
/// and new ticket ids from <c>firstTicketId</c>, so an id is one helpdesk's or the other's, never both.
/// Compiled into the web and browser test projects, which both run a portal with two helpdesks.
/// </summary>
internal static class SecondDemoHelpdesk
{
    public static void Prepare(string database, string attachments, string titlePrefix, int firstTicketId)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Helpdesk:Embedded:ConnectionString"] = $"Data Source={database}",
            ["Helpdesk:Embedded:AttachmentsPath"] = attachments,
            ["Helpdesk:Embedded:SeedDemoData"] = "true",
        }).Build();
        using (var seeding = new ServiceCollection().AddEmbeddedHelpdesk(configuration).BuildServiceProvider())
        {
            foreach (var start in seeding.GetServices<IHostedService>())
            {
                start.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
            }
        }

        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA foreign_keys = ON;
            DELETE FROM Tickets;
            UPDATE sqlite_sequence SET seq = $lastId WHERE name = 'Tickets';
            UPDATE Departments SET Title = $prefix || Title;
            UPDATE KbCategories SET Title = $prefix || Title;
            UPDATE KbArticles SET Title = $prefix || Title;
            """;
        command.Parameters.AddWithValue("$lastId", firstTicketId - 1);
        command.Parameters.AddWithValue("$prefix", titlePrefix);
        command.ExecuteNonQuery();
    }
}
