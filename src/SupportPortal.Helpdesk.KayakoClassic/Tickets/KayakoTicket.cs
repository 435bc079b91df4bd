using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.Tickets;

/// <summary>
/// A ticket as Tickets/Ticket renders it: ListAll without posts, a single ticket with them.
/// <paramref name="UserId"/> is the Kayako user the ticket belongs to — the ownership check compares it.
/// </summary>
internal sealed record KayakoTicket(
    int Id,
    string DisplayId,
    int DepartmentId,
    int StatusId,
    int PriorityId,
    int UserId,
    string LastReplier,
    string Subject,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivity,
    DateTimeOffset? DueAt,
    IReadOnlyList<KayakoPost> Posts)
{
    public const string Controller = "Tickets/Ticket";

    public static KayakoTicket From(XElement ticket)
    {
        var id = ticket.Int("id", Controller);
        var displayId = ticket.Text("displayid");
        return new KayakoTicket(
            id,
            // Kayako shows the plain id when masks are turned off.
            displayId.Length > 0 ? displayId : id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ticket.IntOrZero("departmentid"),
            ticket.IntOrZero("statusid"),
            ticket.IntOrZero("priorityid"),
            ticket.IntOrZero("userid"),
            ticket.Text("lastreplier"),
            ticket.Text("subject"),
            ticket.UnixTimeOrEpoch("creationtime"),
            ticket.UnixTimeOrEpoch("lastactivity"),
            // Kayako's "nextreplydue" is the ticket's duetime column, the Integration API's "duetime".
            ticket.UnixTime("nextreplydue"),
            ticket.Element("posts")?.Elements("post").Select(KayakoPost.From).ToList() ?? []);
    }

    public TicketSummary ToSummary() =>
        new(Id, DisplayId, CreatedAt, LastActivity, DueAt, LastReplier, StatusId, PriorityId, DepartmentId, Subject);
}
