namespace SupportPortal.Web.Tests;

/// <summary>One seeded portal shared by the test classes that only read from it.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "Portal on the embedded helpdesk";
}
