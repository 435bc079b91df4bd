namespace SupportPortal.Helpdesk;

/// <summary>The five keys the Integration API sorts submitted tickets by.</summary>
public enum TicketSortField
{
    LastActivity,
    LastReplier,
    Status,
    Priority,
    Department,
}

/// <summary>
/// One page of a customer's tickets with the extra restrictions of getSubmittedTicketsWithExtraRestrictions.
/// A null bound or id means "no restriction". Pages count from 1.
/// </summary>
public sealed record TicketQuery
{
    /// <summary>getSubmittedTickets' defaults: 10 per page, page 1, newest activity first.</summary>
    public static TicketQuery Default { get; } = new();

    public int PageSize { get; init; } = 10;

    public int Page { get; init; } = 1;

    public TicketSortField SortBy { get; init; } = TicketSortField.LastActivity;

    public bool Ascending { get; init; }

    public DateTimeOffset? MinStartDate { get; init; }

    public DateTimeOffset? MaxStartDate { get; init; }

    public DateTimeOffset? MinLastActivity { get; init; }

    public DateTimeOffset? MaxLastActivity { get; init; }

    public DateTimeOffset? MinDueDate { get; init; }

    public DateTimeOffset? MaxDueDate { get; init; }

    public int? DepartmentId { get; init; }

    public int? StatusId { get; init; }

    public int? PriorityId { get; init; }

    /// <summary>Tickets to skip before this page.</summary>
    public int Offset => (Page - 1) * PageSize;

    /// <summary>Throws the Integration API's error for a page size, page or sort key it would refuse.</summary>
    public void Validate()
    {
        if (PageSize <= 0)
        {
            throw new HelpdeskException(HelpdeskError.InvalidPageSize);
        }

        if (Page <= 0)
        {
            throw new HelpdeskException(HelpdeskError.InvalidPage);
        }

        if (!Enum.IsDefined(SortBy))
        {
            throw new HelpdeskException(HelpdeskError.InvalidSortField);
        }
    }
}

/// <summary>The Integration API's names for the sort keys, as they appear on the wire and in URLs.</summary>
public static class TicketSortFieldNames
{
    private static readonly (TicketSortField Field, string Name)[] Names =
    [
        (TicketSortField.LastActivity, "lastactivity"),
        (TicketSortField.LastReplier, "lastreplier"),
        (TicketSortField.Status, "ticketstatusid"),
        (TicketSortField.Priority, "priorityid"),
        (TicketSortField.Department, "departmentid"),
    ];

    public static string ToWireName(this TicketSortField field) =>
        Names.FirstOrDefault(n => n.Field == field).Name
        ?? throw new HelpdeskException(HelpdeskError.InvalidSortField);

    /// <summary>Reads a sort key by its wire name; anything else is <see cref="HelpdeskError.InvalidSortField"/>.</summary>
    public static TicketSortField ParseWireName(string name)
    {
        foreach (var (field, wireName) in Names)
        {
            if (string.Equals(wireName, name, StringComparison.OrdinalIgnoreCase))
            {
                return field;
            }
        }

        throw new HelpdeskException(HelpdeskError.InvalidSortField);
    }
}
