namespace SupportPortal.Helpdesk.Embedded.Entities;

/// <summary>
/// One value a ticket holds for a custom field. Multi-valued fields (checkbox, multi-select) have one row per
/// selected option, in the order given, instead of a joined string.
/// </summary>
internal sealed class TicketFieldValueRow
{
    public int Id { get; set; }

    public int TicketId { get; set; }

    public int FieldId { get; set; }

    public int Position { get; set; }

    public required string Value { get; set; }
}
