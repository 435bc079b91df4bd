using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tickets;

/// <summary>
/// The names and colours behind a ticket's ids, and the statuses that close and reopen a ticket
/// (null when the helpdesk has no status of the configured title).
/// </summary>
public sealed record TicketReference(
    IReadOnlyList<Department> Departments,
    IReadOnlyList<TicketStatus> Statuses,
    IReadOnlyList<TicketPriority> Priorities,
    int? ClosedStatusId,
    int? ReopenStatusId)
{
    public Department? Department(int id) => Departments.FirstOrDefault(d => d.Id == id);

    public TicketStatus? Status(int id) => Statuses.FirstOrDefault(s => s.Id == id);

    public TicketPriority? Priority(int id) => Priorities.FirstOrDefault(p => p.Id == id);

    /// <summary>What a customer may pick from, in the helpdesk's order.</summary>
    public IEnumerable<Department> PublicDepartments() => Departments.Where(d => d.IsPublic).OrderBy(d => d.Order);

    public IEnumerable<TicketStatus> PublicStatuses() => Statuses.Where(s => s.IsPublic).OrderBy(s => s.Order);

    public IEnumerable<TicketPriority> PublicPriorities() => Priorities.Where(p => p.IsPublic).OrderBy(p => p.Order);
}
