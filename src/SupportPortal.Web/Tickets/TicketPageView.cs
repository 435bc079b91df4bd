namespace SupportPortal.Web.Tickets;

/// <summary>Everything the ticket page shows: the ticket and the names and colours of its ids.</summary>
public sealed record TicketPageView(TicketDetails Ticket, TicketReference Reference);
