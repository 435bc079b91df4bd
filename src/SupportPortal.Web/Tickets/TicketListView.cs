namespace SupportPortal.Web.Tickets;

/// <summary>
/// Everything the "my tickets" page shows for one <paramref name="State"/>: the page of tickets (null when the
/// customer's address is not confirmed yet) and the names and colours of their ids.
/// </summary>
public sealed record TicketListView(TicketListState State, TicketListPage? Page, TicketReference Reference);
