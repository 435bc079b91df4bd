namespace SupportPortal.Helpdesk.ContractTests.Embedded;

/// <summary>The contract suite against the embedded backend on SQLite, its default store.</summary>
public sealed class EmbeddedSqliteContractTests(EmbeddedSqliteFixture fixture)
    : HelpdeskContractTests<EmbeddedSqliteFixture>(fixture);
