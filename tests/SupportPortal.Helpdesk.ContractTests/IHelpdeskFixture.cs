namespace SupportPortal.Helpdesk.ContractTests;

/// <summary>
/// One backend instance for a whole test class, seeded with the demo data set (design section 3).
/// Implement <see cref="IAsyncLifetime"/> to start and tear it down; a backend that cannot start
/// must throw there with a message that says what to do, so every test fails with it.
/// </summary>
public interface IHelpdeskFixture
{
    IHelpdesk Helpdesk { get; }
}
