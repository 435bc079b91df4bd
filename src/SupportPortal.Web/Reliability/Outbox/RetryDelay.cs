namespace SupportPortal.Web.Reliability.Outbox;

/// <summary>Exponential backoff with jitter, so a returning helpdesk is not hit by every queued write at once.</summary>
internal static class RetryDelay
{
    public static TimeSpan After(int failures, TimeSpan first, TimeSpan max)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ceiling = Math.Min(first.Ticks * Math.Pow(2, exponent), max.Ticks);

        // "Equal jitter": at least half the exponential delay, the other half random.
        var ticks = (ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2);
        return TimeSpan.FromTicks((long)ticks);
    }
}
