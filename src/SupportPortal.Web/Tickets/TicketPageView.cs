using SupportPortal.Web.Reliability.Outbox;

namespace SupportPortal.Web.Tickets;

/// <summary>
/// Everything the ticket page shows: the ticket, the names and colours of its ids, and the customer's replies to it
/// that wait in the outbox for the helpdesk.
/// </summary>
public sealed record TicketPageView(TicketDetails Ticket, TicketReference Reference, IReadOnlyList<QueuedWrite> QueuedReplies);
