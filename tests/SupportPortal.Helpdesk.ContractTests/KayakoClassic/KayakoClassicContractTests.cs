namespace SupportPortal.Helpdesk.ContractTests.KayakoClassic;

/// <summary>The contract suite against the Kayako Classic REST adapter and its simulator.</summary>
public sealed class KayakoClassicContractTests(KayakoClassicFixture fixture)
    : HelpdeskContractTests<KayakoClassicFixture>(fixture);
