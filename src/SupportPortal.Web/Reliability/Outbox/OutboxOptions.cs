namespace SupportPortal.Web.Reliability.Outbox;

/// <summary>
/// <c>Portal:Outbox</c>: how queued submissions and replies are kept and delivered.
/// The defaults suit production; tests shorten the delays.
/// </summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Portal:Outbox";

    /// <summary>Folder for the attachment copies; default "outbox" beside the SQLite store (or data/outbox on PostgreSQL).</summary>
    public string? Path { get; set; }

    /// <summary>How long the page waits for the helpdesk before it queues the write instead.</summary>
    public TimeSpan DirectAttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long one delivery by the worker may take before it counts as a (possibly received) failure.</summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The first retry delay; each further failure doubles it, up to <see cref="MaxRetryDelay"/>, with jitter.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the worker looks for due messages when nothing wakes it sooner.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a worker owns a message it took. Longer than <see cref="DeliveryTimeout"/>, so a second instance
    /// never delivers the same message at the same time; after a crash the message is taken up again when it runs out.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How many messages of a pass are delivered at the same time.</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>How many messages one pass takes.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How far back (in the helpdesk's clock) to look for an earlier delivery of a submission.</summary>
    public TimeSpan ClockSkewAllowance { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long delivered messages stay listed before they are removed.</summary>
    public TimeSpan DeliveredRetention { get; set; } = TimeSpan.FromDays(7);
}
