namespace SupportPortal.Simulators.Hosting;

/// <summary>
/// The faults a simulator injects, changeable while it runs (tests flip them between calls).
/// Every request first waits <see cref="Latency"/>, then fails with 503 while <see cref="Down"/>,
/// else fails with 500 at random with probability <see cref="FailureRate"/>.
/// </summary>
public sealed class FaultInjection
{
    private readonly Lock sync = new();
    private readonly Random random;
    private TimeSpan latency;
    private double failureRate;
    private bool down;

    public FaultInjection(TimeSpan latency = default, double failureRate = 0, int? randomSeed = null)
    {
        random = randomSeed is { } seed ? new Random(seed) : new Random();
        Latency = latency;
        FailureRate = failureRate;
    }

    /// <summary>How long every request is held before it is answered.</summary>
    public TimeSpan Latency
    {
        get { lock (sync) { return latency; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lock (sync) { latency = value; }
        }
    }

    /// <summary>The share of requests (0 to 1) answered with HTTP 500 instead of their real answer.</summary>
    public double FailureRate
    {
        get { lock (sync) { return failureRate; } }
        set
        {
            if (value is < 0 or > 1 || double.IsNaN(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "A failure rate is between 0 and 1.");
            }

            lock (sync) { failureRate = value; }
        }
    }

    /// <summary>While true, every request is answered with HTTP 503, as a helpdesk in maintenance would.</summary>
    public bool Down
    {
        get { lock (sync) { return down; } }
        set { lock (sync) { down = value; } }
    }

    /// <summary>Decides the fate of one request: null to serve it, or the status code to fail it with.</summary>
    public int? NextFailure()
    {
        lock (sync)
        {
            if (down)
            {
                return StatusCodes.Status503ServiceUnavailable;
            }

            return failureRate > 0 && random.NextDouble() < failureRate ? StatusCodes.Status500InternalServerError : null;
        }
    }
}
