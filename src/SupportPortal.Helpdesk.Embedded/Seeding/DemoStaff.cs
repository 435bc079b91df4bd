namespace SupportPortal.Helpdesk.Embedded.Seeding;

/// <summary>The staff members who answer the demo tickets. Staff posts carry a non-zero staff id.</summary>
internal sealed record DemoStaff(int Id, string FullName, string Email)
{
    public static DemoStaff Sam { get; } = new(1, "Sam Support", "sam.support@example.com");

    public static DemoStaff Morgan { get; } = new(2, "Morgan Billing", "morgan.billing@example.com");

    public static DemoStaff For(DemoDepartment department) => department == DemoDepartment.Billing ? Morgan : Sam;
}
