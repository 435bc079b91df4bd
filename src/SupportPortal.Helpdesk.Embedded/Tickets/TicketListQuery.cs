using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>
/// Turns a <see cref="TicketQuery"/> into SQL: every restriction is a WHERE clause and every sort key an ORDER BY
/// on an indexed column, with the ticket id as tie-breaker so pages never overlap or skip a ticket.
/// </summary>
internal static class TicketListQuery
{
    public static IQueryable<TicketRow> Filter(this IQueryable<TicketRow> tickets, TicketQuery query)
    {
        if (query.MinStartDate is { } minStart)
        {
            tickets = tickets.Where(t => t.StartedAt >= minStart);
        }

        if (query.MaxStartDate is { } maxStart)
        {
            tickets = tickets.Where(t => t.StartedAt <= maxStart);
        }

        if (query.MinLastActivity is { } minActivity)
        {
            tickets = tickets.Where(t => t.LastActivityAt >= minActivity);
        }

        if (query.MaxLastActivity is { } maxActivity)
        {
            tickets = tickets.Where(t => t.LastActivityAt <= maxActivity);
        }

        // Kayako stores "no due date" as 0, so the seed's default bounds (1901..2038) keep such tickets; so do we.
        if (query.MinDueDate is { } minDue)
        {
            tickets = tickets.Where(t => (t.DueAt ?? DateTimeOffset.UnixEpoch) >= minDue);
        }

        if (query.MaxDueDate is { } maxDue)
        {
            tickets = tickets.Where(t => (t.DueAt ?? DateTimeOffset.UnixEpoch) <= maxDue);
        }

        if (query.DepartmentId is { } departmentId)
        {
            tickets = tickets.Where(t => t.DepartmentId == departmentId);
        }

        if (query.StatusId is { } statusId)
        {
            tickets = tickets.Where(t => t.StatusId == statusId);
        }

        if (query.PriorityId is { } priorityId)
        {
            tickets = tickets.Where(t => t.PriorityId == priorityId);
        }

        return tickets;
    }

    public static IOrderedQueryable<TicketRow> Sort(this IQueryable<TicketRow> tickets, TicketSortField sortBy, bool ascending) =>
        (sortBy, ascending) switch
        {
            (TicketSortField.LastActivity, true) => tickets.OrderBy(t => t.LastActivityAt).ThenBy(t => t.Id),
            (TicketSortField.LastActivity, false) => tickets.OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id),
            (TicketSortField.LastReplier, true) => tickets.OrderBy(t => t.LastReplier).ThenBy(t => t.Id),
            (TicketSortField.LastReplier, false) => tickets.OrderByDescending(t => t.LastReplier).ThenByDescending(t => t.Id),
            (TicketSortField.Status, true) => tickets.OrderBy(t => t.StatusId).ThenBy(t => t.Id),
            (TicketSortField.Status, false) => tickets.OrderByDescending(t => t.StatusId).ThenByDescending(t => t.Id),
            (TicketSortField.Priority, true) => tickets.OrderBy(t => t.PriorityId).ThenBy(t => t.Id),
            (TicketSortField.Priority, false) => tickets.OrderByDescending(t => t.PriorityId).ThenByDescending(t => t.Id),
            (TicketSortField.Department, true) => tickets.OrderBy(t => t.DepartmentId).ThenBy(t => t.Id),
            (TicketSortField.Department, false) => tickets.OrderByDescending(t => t.DepartmentId).ThenByDescending(t => t.Id),
            _ => throw new HelpdeskException(HelpdeskError.InvalidSortField),
        };
}
