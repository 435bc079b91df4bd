namespace SupportPortal.Helpdesk.Embedded.Seeding;

/// <summary>Which demo department a scripted ticket goes to.</summary>
internal enum DemoDepartment
{
    General,
    Technical,
    Billing,
}

/// <summary>The file a scripted ticket's first post carries, if any.</summary>
internal enum DemoAttachment
{
    None,
    Screenshot,
    Log,
    Invoice,
}

/// <summary>
/// One demo ticket's story: the customer's opening post, the staff answer (plain text or HTML),
/// optionally the customer's follow-up and a last staff word.
/// </summary>
internal sealed record DemoTicketScript(
    DemoDepartment Department,
    string Subject,
    string Opening,
    string StaffReply,
    bool StaffReplyIsHtml = false,
    string? FollowUp = null,
    string? Closing = null,
    DemoAttachment Attachment = DemoAttachment.None);
