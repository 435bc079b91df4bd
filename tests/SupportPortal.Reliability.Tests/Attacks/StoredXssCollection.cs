namespace SupportPortal.Reliability.Tests.Attacks;

/// <summary>The page and download tests read the same planted corpus: one portal, planted once.</summary>
[CollectionDefinition(Name)]
public sealed class StoredXssCollection : ICollectionFixture<StoredXssPortal>
{
    public const string Name = "Stored XSS corpus";
}
