namespace SupportPortal.Web.Tests;

/// <summary>The system clock, moved forward on demand, so expiry can be tested without waiting.</summary>
public sealed class AdjustableClock : TimeProvider
{
    private TimeSpan offset;

    public void Advance(TimeSpan by) => offset += by;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
}
