using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tickets;

/// <summary>
/// One page of the customer's tickets as <paramref name="State"/> asks for it. <paramref name="Total"/> is the
/// customer's ticket count, known only for the unfiltered list: the helpdesk counts all of a customer's tickets,
/// never a filtered subset, so a filtered list pages by "is there a next page" instead.
/// </summary>
public sealed record TicketListPage(TicketListState State, IReadOnlyList<TicketSummary> Tickets, int? Total, bool HasNextPage)
{
    /// <summary>How many pages the unfiltered list has (at least one); null for a filtered list.</summary>
    public int? PageCount() => Total is { } total ? Math.Max(1, (total + State.PageSize - 1) / State.PageSize) : null;

    public bool HasPreviousPage() => State.Page > 1;
}
