namespace SupportPortal.Web.Tickets;

/// <summary>
/// Portal:Tickets — which of the helpdesk's statuses, by title, a customer's "Close ticket" and "Reopen ticket" set.
/// Titles rather than ids, because ids differ between helpdesks and installations while the words do not.
/// </summary>
public sealed class TicketViewOptions
{
    public const string SectionName = "Portal:Tickets";

    public string ClosedStatus { get; set; } = "Closed";

    public string ReopenStatus { get; set; } = "Open";
}
