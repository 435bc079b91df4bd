namespace SupportPortal.Helpdesk.Http;

/// <summary>
/// <c>Helpdesk:Http</c>: limits on calls to an external helpdesk. The defaults keep a page responsive while a
/// helpdesk is slow, and stop calling one that keeps failing.
/// </summary>
public sealed class HelpdeskHttpResilienceOptions
{
    public const string SectionName = "Helpdesk:Http";

    /// <summary>One try of one request.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A request with all its retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of idempotent requests (GET, HEAD, OPTIONS); writes are never retried here (the outbox does that, safely).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The share of failed requests, within <see cref="BreakerSamplingDuration"/>, that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>The fewest requests in a sample before the circuit may open.</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before it lets one through to test the helpdesk.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
