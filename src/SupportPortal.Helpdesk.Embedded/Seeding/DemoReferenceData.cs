using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded.Seeding;

/// <summary>
/// The demo departments, priorities and statuses. The names are relied on by the README, the screenshots
/// and the browser tests: add to them, do not rename them.
/// </summary>
internal sealed class DemoReferenceData
{
    public DepartmentRow GeneralSupport { get; } = new() { Title = "General Support", IsPublic = true, IsDefault = true, DisplayOrder = 1 };

    public DepartmentRow TechnicalSupport { get; } = new() { Title = "Technical Support", IsPublic = true, DisplayOrder = 2 };

    public DepartmentRow Billing { get; } = new() { Title = "Billing", IsPublic = true, DisplayOrder = 3 };

    // Text colours chosen for at least 4.5:1 contrast on their background (WCAG AA).
    public PriorityRow Low { get; } = new() { Title = "Low", DisplayOrder = 1, IsPublic = true, ForeColor = "#1B5E20", BackColor = "#E8F5E9" };

    public PriorityRow Normal { get; } = new() { Title = "Normal", DisplayOrder = 2, IsPublic = true, ForeColor = "#0D47A1", BackColor = "#E3F2FD" };

    public PriorityRow Urgent { get; } = new() { Title = "Urgent", DisplayOrder = 3, IsPublic = true, ForeColor = "#FFFFFF", BackColor = "#C62828" };

    public StatusRow Open { get; } = new() { Title = "Open", DisplayOrder = 1, IsPublic = true, IsDefault = true, ForeColor = "#FFFFFF", BackColor = "#1565C0" };

    public StatusRow InProgress { get; } = new() { Title = "In Progress", DisplayOrder = 2, IsPublic = true, ForeColor = "#3E2723", BackColor = "#FFE082" };

    public StatusRow Closed { get; } = new() { Title = "Closed", DisplayOrder = 3, IsPublic = true, ForeColor = "#FFFFFF", BackColor = "#546E7A" };

    public IEnumerable<DepartmentRow> Departments => [GeneralSupport, TechnicalSupport, Billing];

    public IEnumerable<PriorityRow> Priorities => [Low, Normal, Urgent];

    public IEnumerable<StatusRow> Statuses => [Open, InProgress, Closed];
}
