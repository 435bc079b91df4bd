using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Reliability.Outbox;

/// <summary>
/// A customer's submission or reply the helpdesk does not have yet, for "Queued — will be sent when the support
/// system is back" in My tickets and the thread. <paramref name="FailedWith"/> is set when the helpdesk refused it.
/// </summary>
public sealed record QueuedWrite(
    long OutboxId,
    OutboxKind Kind,
    OutboxState State,
    int? TicketId,
    string Subject,
    string Message,
    DateTimeOffset QueuedAt,
    IReadOnlyList<QueuedAttachment> Attachments,
    HelpdeskError? FailedWith);

/// <summary>A file of a queued write.</summary>
public sealed record QueuedAttachment(string FileName, long Length);
