using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability.Outbox;

namespace SupportPortal.Web.Tickets;

/// <summary>
/// One of the customer's tickets as the ticket page shows it: the helpdesk's <see cref="Ticket"/> with password
/// answers already taken out (and the portal's delivery markers), so a secret never reaches a page, a circuit's memory or persisted page state.
/// </summary>
public sealed record TicketDetails(
    int Id,
    string Mask,
    string Subject,
    int DepartmentId,
    int StatusId,
    int PriorityId,
    DateTimeOffset StartDate,
    DateTimeOffset LastActivity,
    IReadOnlyList<TicketPost> Posts,
    IReadOnlyList<TicketFieldGroup> CustomFields)
{
    public static TicketDetails From(Ticket ticket) => new(
        ticket.Id,
        ticket.Mask,
        ticket.Subject,
        ticket.DepartmentId,
        ticket.StatusId,
        ticket.PriorityId,
        ticket.StartDate,
        ticket.LastActivity,
        // The portal's delivery marker is for recognising its own writes, not for reading.
        ticket.Posts.Select(p => p with { Contents = DeliveryMarker.Strip(p.Contents) }).ToList(),
        ticket.CustomFields
            .OrderBy(g => g.DisplayOrder)
            .Select(g => new TicketFieldGroup(g.Id, g.Title, g.Fields.Select(TicketField.From).ToList()))
            .ToList());
}

/// <summary>A ticket's answers to one group of custom fields.</summary>
public sealed record TicketFieldGroup(int Id, string Title, IReadOnlyList<TicketField> Fields);

/// <summary>
/// A ticket's answer to one custom field. A password answer keeps no value, only <paramref name="IsHidden"/>.
/// </summary>
public sealed record TicketField(int Id, string Name, CustomFieldType Type, IReadOnlyList<string> Values, bool IsHidden)
{
    public static TicketField From(TicketCustomFieldValue value)
    {
        var answered = value.Values.Where(v => !string.IsNullOrEmpty(v)).ToList();
        return value.Type == CustomFieldType.Password
            ? new TicketField(value.Id, value.Name, value.Type, [], IsHidden: answered.Count > 0)
            : new TicketField(value.Id, value.Name, value.Type, answered, IsHidden: false);
    }
}
