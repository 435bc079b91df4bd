using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace SupportPortal.E2E;

/// <summary>
/// The portal with two brands and two embedded helpdesks: the default one (demo data) at 127.0.0.1, and Tailspin at
/// localhost — the same server under another host name — whose departments and articles all start with "Tailspin ".
/// </summary>
public sealed class BrandHelpdeskPortalFixture : PortalFixture
{
    public const string TailspinHost = "localhost";
    public const string DataPrefix = "Tailspin ";

    /// <summary>The portal under Tailspin's host name.</summary>
    public string TailspinUrl => Server.BaseUrl.Replace("127.0.0.1", TailspinHost, StringComparison.Ordinal);

    /// <summary>A fresh browser context (own cookies) with a page at Tailspin's address.</summary>
    public async Task<IPage> NewTailspinPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = TailspinUrl });
        return await context.NewPageAsync();
    }

    protected override Task<IReadOnlyDictionary<string, string?>> StartHelpdeskAsync()
    {
        var tailspin = Path.Combine(DataFolder, "tailspin");
        var database = Path.Combine(tailspin, "helpdesk.db");
        PrepareTailspinDatabase(database, Path.Combine(tailspin, "attachments"));
        return Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>
        {
            ["Helpdesk:Provider"] = "Embedded",
            ["Helpdesk:Embedded:ConnectionString"] = $"Data Source={Path.Combine(DataFolder, "helpdesk.db")}",
            ["Helpdesk:Embedded:SeedDemoData"] = "true",
            ["Helpdesk:Embedded:AttachmentsPath"] = Path.Combine(DataFolder, "attachments"),
            [$"Portal:Brands:{TailspinHost}:Name"] = "Tailspin Help",
            [$"Portal:Brands:{TailspinHost}:Helpdesk:Provider"] = "Embedded",
            [$"Portal:Brands:{TailspinHost}:Helpdesk:Embedded:ConnectionString"] = $"Data Source={database}",
            [$"Portal:Brands:{TailspinHost}:Helpdesk:Embedded:AttachmentsPath"] = Path.Combine(tailspin, "attachments"),
        });
    }

    // The demo data, made Tailspin's own before the portal starts: every title prefixed, no tickets.
    private static void PrepareTailspinDatabase(string database, string attachments)
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
        command.CommandText = $"""
            PRAGMA foreign_keys = ON;
            DELETE FROM Tickets;
            UPDATE Departments SET Title = '{DataPrefix}' || Title;
            UPDATE KbCategories SET Title = '{DataPrefix}' || Title;
            UPDATE KbArticles SET Title = '{DataPrefix}' || Title;
            """;
        command.ExecuteNonQuery();
    }
}

/// <summary>Browser tests with a brand that has its own helpdesk.</summary>
[CollectionDefinition(Name)]
public sealed class BrandHelpdeskPortal : ICollectionFixture<BrandHelpdeskPortalFixture>
{
    public const string Name = "Portal with a brand on its own helpdesk";
}
