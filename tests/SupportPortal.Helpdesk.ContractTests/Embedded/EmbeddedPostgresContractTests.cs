namespace SupportPortal.Helpdesk.ContractTests.Embedded;

/// <summary>The contract suite against the embedded backend on PostgreSQL (see <see cref="EmbeddedPostgresFixture"/>).</summary>
public sealed class EmbeddedPostgresContractTests(EmbeddedPostgresFixture fixture)
    : HelpdeskContractTests<EmbeddedPostgresFixture>(fixture);
