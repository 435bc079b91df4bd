namespace SupportPortal.Web.Tests.Tickets;

/// <summary>One seeded portal with test sign-in, shared by the ticket page and download tests (which run one at a time).</summary>
[CollectionDefinition(Name)]
public sealed class SignedInPortalCollection : ICollectionFixture<SignedInPortalFactory>
{
    public const string Name = "Portal with signed-in customers";
}
