using SupportPortal.Helpdesk;

namespace SupportPortal.Reliability.Tests.Outbox;

/// <summary>
/// What the fault-injecting helpdesk does, shared by every portal "process" of a test: a share of calls fail,
/// half of the failing writes only after the helpdesk has written them (a timeout whose outcome the portal cannot know),
/// and the whole helpdesk can be down.
/// </summary>
public sealed class Faults(int seed, double failureRate)
{
    private readonly Random random = new(seed);
    private readonly Lock gate = new();
    private int refusedBefore;
    private int failedAfterWrite;
    private int refusedWhileDown;

    public System.Collections.Concurrent.ConcurrentDictionary<string, int> Calls { get; } = new();

    public bool Enabled { get; set; } = true;

    public bool Down { get; set; }

    public int RefusedBefore => Volatile.Read(ref refusedBefore);

    public int FailedAfterWrite => Volatile.Read(ref failedAfterWrite);

    public int RefusedWhileDown => Volatile.Read(ref refusedWhileDown);

    /// <summary>Before the call: down, or one of the failures that happen before the helpdesk does anything.</summary>
    public void BeforeCall([System.Runtime.CompilerServices.CallerMemberName] string caller = "")
    {
        Calls.AddOrUpdate(caller, 1, (_, n) => n + 1);
        if (!Enabled)
        {
            return;
        }

        if (Down)
        {
            Interlocked.Increment(ref refusedWhileDown);
            throw new HelpdeskException(HelpdeskError.Unavailable, "Injected: the helpdesk is down.");
        }

        if (Roll() < failureRate / 2)
        {
            Interlocked.Increment(ref refusedBefore);
            throw new HelpdeskException(HelpdeskError.Unavailable, "Injected: connection refused.");
        }
    }

    /// <summary>After a write succeeded: sometimes the answer is "lost" and the caller sees a timeout.</summary>
    public void AfterWrite()
    {
        if (Enabled && Roll() < failureRate / 2)
        {
            Interlocked.Increment(ref failedAfterWrite);
            throw new HelpdeskException(HelpdeskError.Unavailable, "Injected: timed out after the helpdesk wrote it.");
        }
    }

    private double Roll()
    {
        lock (gate)
        {
            return random.NextDouble();
        }
    }
}
