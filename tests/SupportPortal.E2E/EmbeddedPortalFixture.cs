namespace SupportPortal.E2E;

/// <summary>The portal on its built-in helpdesk, with the demo data in a SQLite file of the fixture's own.</summary>
public class EmbeddedPortalFixture : PortalFixture
{
    protected override Task<IReadOnlyDictionary<string, string?>> StartHelpdeskAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>
        {
            ["Helpdesk:Provider"] = "Embedded",
            ["Helpdesk:Embedded:ConnectionString"] = $"Data Source={Path.Combine(DataFolder, "helpdesk.db")}",
            ["Helpdesk:Embedded:SeedDemoData"] = "true",
            ["Helpdesk:Embedded:AttachmentsPath"] = Path.Combine(DataFolder, "attachments"),
        });
}

/// <summary>Browser tests on the embedded helpdesk.</summary>
[CollectionDefinition(Name)]
public sealed class EmbeddedPortal : ICollectionFixture<EmbeddedPortalFixture>
{
    public const string Name = "Portal on the embedded helpdesk";
}
