namespace SupportPortal.Helpdesk.KayakoClassic.Tickets;

/// <summary>
/// The order and restrictions of getSubmittedTicketsWithExtraRestrictions, applied in the adapter: Kayako's ListAll
/// cannot sort by status, priority or department id, filter by priority or dates, or break ties. Ties go by ticket id
/// in the same direction, as the embedded backend does, so pages never overlap or skip a ticket.
/// </summary>
internal static class TicketOrder
{
    public static IComparer<TicketSummary> For(TicketSortField sortBy, bool ascending)
    {
        Comparison<TicketSummary> byKey = sortBy switch
        {
            TicketSortField.LastActivity => (a, b) => a.LastActivity.CompareTo(b.LastActivity),
            TicketSortField.LastReplier => (a, b) => string.CompareOrdinal(a.LastReplier, b.LastReplier),
            TicketSortField.Status => (a, b) => a.StatusId.CompareTo(b.StatusId),
            TicketSortField.Priority => (a, b) => a.PriorityId.CompareTo(b.PriorityId),
            TicketSortField.Department => (a, b) => a.DepartmentId.CompareTo(b.DepartmentId),
            _ => throw new HelpdeskException(HelpdeskError.InvalidSortField),
        };
        var direction = ascending ? 1 : -1;
        return Comparer<TicketSummary>.Create((a, b) =>
        {
            var order = byKey(a, b);
            return direction * (order != 0 ? order : a.Id.CompareTo(b.Id));
        });
    }

    /// <summary>
    /// Whether the ticket falls within the query's restrictions. Kayako stores "no due time" as 0, so such a ticket
    /// counts as due at the Unix epoch: the seed's default bounds (1901..2038) keep it, as the embedded backend does.
    /// </summary>
    public static bool Matches(this TicketQuery query, TicketSummary ticket) =>
        Within(ticket.StartDate, query.MinStartDate, query.MaxStartDate)
        && Within(ticket.LastActivity, query.MinLastActivity, query.MaxLastActivity)
        && Within(ticket.DueTime ?? DateTimeOffset.UnixEpoch, query.MinDueDate, query.MaxDueDate)
        && (query.DepartmentId is not { } department || ticket.DepartmentId == department)
        && (query.StatusId is not { } status || ticket.StatusId == status)
        && (query.PriorityId is not { } priority || ticket.PriorityId == priority);

    private static bool Within(DateTimeOffset value, DateTimeOffset? min, DateTimeOffset? max) =>
        (min is null || value >= min) && (max is null || value <= max);
}
