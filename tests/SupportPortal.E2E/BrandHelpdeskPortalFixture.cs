using Microsoft.Playwright;
using SupportPortal.Tests.Shared;

namespace SupportPortal.E2E;

/// <summary>
/// The portal with two brands and two embedded helpdesks: the default one (demo data) at 127.0.0.1, and Tailspin at
/// localhost — the same server under another host name — whose departments and articles all start with "Tailspin ".
/// </summary>
public sealed class BrandHelpdeskPortalFixture : PortalFixture
{
    public const string TailspinHost = "localhost";
    public const string DataPrefix = "Tailspin ";
    public const int FirstTailspinTicketId = 100_001;

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
        SecondDemoHelpdesk.Prepare(database, Path.Combine(tailspin, "attachments"), DataPrefix, FirstTailspinTicketId);
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
}

/// <summary>Browser tests with a brand that has its own helpdesk.</summary>
[CollectionDefinition(Name)]
public sealed class BrandHelpdeskPortal : ICollectionFixture<BrandHelpdeskPortalFixture>
{
    public const string Name = "Portal with a brand on its own helpdesk";
}
