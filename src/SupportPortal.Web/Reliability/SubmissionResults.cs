namespace SupportPortal.Web.Reliability;

/// <summary>What became of a new ticket: in the helpdesk now, or queued in the outbox until it is back.</summary>
public abstract record SubmissionResult
{
    private SubmissionResult()
    {
    }

    public sealed record Delivered(int TicketId, string Mask) : SubmissionResult;

    public sealed record Queued(long OutboxId) : SubmissionResult;
}

/// <summary>What became of a reply: posted to the ticket now, or queued in the outbox until the helpdesk is back.</summary>
public abstract record ReplyResult
{
    private ReplyResult()
    {
    }

    public sealed record Delivered(int TicketId) : ReplyResult;

    public sealed record Queued(long OutboxId) : ReplyResult;
}
