using SupportPortal.Web.Reliability.Outbox;

namespace SupportPortal.Web.Tickets;

/// <summary>
/// Everything the "my tickets" page shows for one <paramref name="State"/>: the page of tickets (null when the
/// customer's address is not confirmed yet), the names and colours of their ids, and the customer's new tickets that
/// wait in the outbox for the helpdesk.
/// </summary>
public sealed record TicketListView(TicketListState State, TicketListPage? Page, TicketReference Reference, IReadOnlyList<QueuedWrite> QueuedSubmissions);
