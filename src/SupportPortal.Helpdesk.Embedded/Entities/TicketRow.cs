namespace SupportPortal.Helpdesk.Embedded.Entities;

/// <summary>A customer's ticket. Its thread lives in <see cref="TicketPostRow"/>.</summary>
internal sealed class TicketRow
{
    public int Id { get; set; }

    /// <summary>The human-friendly reference, e.g. "KXW-482-19375".</summary>
    public required string Mask { get; set; }

    public int CustomerId { get; set; }

    public CustomerRow? Customer { get; set; }

    public int DepartmentId { get; set; }

    public int StatusId { get; set; }

    public int PriorityId { get; set; }

    public required string Subject { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset LastActivityAt { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    /// <summary>The full name of whoever posted last, customer or staff.</summary>
    public required string LastReplier { get; set; }

    public List<TicketPostRow> Posts { get; set; } = [];

    public List<TicketAttachmentRow> Attachments { get; set; } = [];

    public List<TicketFieldValueRow> FieldValues { get; set; } = [];
}
