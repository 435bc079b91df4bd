using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Reliability.Outbox;

/// <summary>What a queued write is.</summary>
public enum OutboxKind
{
    Submission = 1,
    Reply = 2,
}

/// <summary>Where a queued write stands.</summary>
public enum OutboxState
{
    /// <summary>Waiting for the helpdesk; the worker keeps trying.</summary>
    Pending = 1,

    /// <summary>In the helpdesk now (or found there, from an earlier attempt).</summary>
    Delivered = 2,

    /// <summary>The helpdesk refused it for a reason trying again cannot fix; kept, with its files, for the operator.</summary>
    Failed = 3,
}

/// <summary>A submission or reply kept in the portal store until the helpdesk has it.</summary>
internal sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>Also written into the message as a <see cref="DeliveryMarker"/>, so an earlier delivery can be recognised.</summary>
    public required string IdempotencyKey { get; set; }

    /// <summary>The helpdesk it goes to: "default", or the host of the brand with its own (rows from before brands had one are "default").</summary>
    public string HelpdeskKey { get; set; } = Helpdesk.HelpdeskDirectory.DefaultKey;

    public OutboxKind Kind { get; set; }

    public OutboxState State { get; set; } = OutboxState.Pending;

    /// <summary>As the customer's identity gave it; used for delivery.</summary>
    public required string Email { get; set; }

    /// <summary><see cref="Email"/> normalized, for listing a customer's queued writes.</summary>
    public required string CustomerKey { get; set; }

    /// <summary>The ticket replied to; null for a submission.</summary>
    public int? TicketId { get; set; }

    public string FullName { get; set; } = "";

    public int DepartmentId { get; set; }

    public int PriorityId { get; set; }

    public string Subject { get; set; } = "";

    /// <summary>The message as the customer wrote it, without the marker.</summary>
    public required string Message { get; set; }

    /// <summary>The custom field answers as JSON (submissions only).</summary>
    public string CustomFieldsJson { get; set; } = "[]";

    public bool SendAutoResponse { get; set; } = true;

    /// <summary>Delivery attempts begun, the customer's own first one included. Above zero, the helpdesk may already have it.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Until when a worker owns the message; null when none does.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public string? LockedBy { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public int? DeliveredTicketId { get; set; }

    public string? DeliveredTicketMask { get; set; }

    /// <summary>The last failure, for the operator's log and the customer's "could not be sent" line.</summary>
    public string? LastError { get; set; }

    /// <summary>Why the helpdesk refused it, when <see cref="State"/> is <see cref="OutboxState.Failed"/>.</summary>
    public HelpdeskError? FailedWith { get; set; }

    public List<OutboxAttachment> Attachments { get; set; } = [];
}

/// <summary>A file of a queued write; its bytes are in the outbox folder under <see cref="StoredName"/>.</summary>
internal sealed class OutboxAttachment
{
    public long Id { get; set; }

    public long MessageId { get; set; }

    public int Position { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Length { get; set; }

    /// <summary>The file's path relative to the outbox folder.</summary>
    public required string StoredName { get; set; }
}
