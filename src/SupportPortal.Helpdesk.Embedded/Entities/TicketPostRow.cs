namespace SupportPortal.Helpdesk.Embedded.Entities;

/// <summary>One post of a ticket's thread, by the customer (<see cref="StaffId"/> 0) or by staff.</summary>
internal sealed class TicketPostRow
{
    public int Id { get; set; }

    public int TicketId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The customer's id for a customer post, 0 for a staff post.</summary>
    public int UserId { get; set; }

    public int StaffId { get; set; }

    public required string FullName { get; set; }

    public required string Email { get; set; }

    public bool IsHtml { get; set; }

    public required string Contents { get; set; }

    public int EditedByStaffId { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    public List<TicketAttachmentRow> Attachments { get; set; } = [];
}
