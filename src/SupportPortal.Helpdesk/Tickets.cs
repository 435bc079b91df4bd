namespace SupportPortal.Helpdesk;

/// <summary>A ticket as listed on the customer's "my tickets" page.</summary>
public sealed record TicketSummary(
    int Id,
    string Mask,
    DateTimeOffset StartDate,
    DateTimeOffset LastActivity,
    DateTimeOffset? DueTime,
    string LastReplier,
    int StatusId,
    int PriorityId,
    int DepartmentId,
    string Subject);

/// <summary>One ticket with its whole thread, earliest post first.</summary>
public sealed record Ticket(
    int Id,
    string Mask,
    int DepartmentId,
    int StatusId,
    int PriorityId,
    DateTimeOffset StartDate,
    DateTimeOffset LastActivity,
    string Subject,
    IReadOnlyList<TicketPost> Posts,
    IReadOnlyList<TicketCustomFieldGroup> CustomFields);

/// <summary>One post of a ticket's thread. <paramref name="StaffId"/> is 0 for a customer's post.</summary>
public sealed record TicketPost(
    int Id,
    DateTimeOffset Date,
    int UserId,
    string FullName,
    string Email,
    bool Edited,
    int EditedByStaffId,
    DateTimeOffset? EditedDate,
    bool IsHtml,
    int StaffId,
    string Contents,
    IReadOnlyList<TicketAttachment> Attachments)
{
    public bool IsFromStaff => StaffId != 0;
}

/// <summary>An attachment's metadata; the bytes come from <see cref="IHelpdesk.GetTicketAttachmentAsync"/>.</summary>
public sealed record TicketAttachment(int Id, string Name, string ContentType, long Size);

/// <summary>A ticket's values for one custom field group.</summary>
public sealed record TicketCustomFieldGroup(int Id, string Title, int DisplayOrder, IReadOnlyList<TicketCustomFieldValue> Fields);

/// <summary>A ticket's value of one custom field; multi-valued fields list each selected option.</summary>
public sealed record TicketCustomFieldValue(int Id, string Name, CustomFieldType Type, IReadOnlyList<string> Values);

/// <summary>
/// A new ticket from a customer (submitTicket). The backend creates the customer if the address is new.
/// </summary>
public sealed record NewTicket(
    string Email,
    string FullName,
    int DepartmentId,
    int PriorityId,
    string Subject,
    string Message)
{
    public IReadOnlyList<CustomFieldAnswer> CustomFields { get; init; } = [];

    public IReadOnlyList<AttachmentUpload> Attachments { get; init; } = [];

    /// <summary>Whether the helpdesk sends its auto-response e-mail.</summary>
    public bool SendAutoResponse { get; init; } = true;
}

/// <summary>What submitTicket returns: the new ticket's id and mask.</summary>
public sealed record SubmittedTicket(int Id, string Mask);

/// <summary>A customer's reply to their ticket (postTicketReply).</summary>
public sealed record NewReply(string Message)
{
    public IReadOnlyList<AttachmentUpload> Attachments { get; init; } = [];
}
