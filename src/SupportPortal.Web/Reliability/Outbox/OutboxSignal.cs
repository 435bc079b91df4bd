namespace SupportPortal.Web.Reliability.Outbox;

/// <summary>Wakes the delivery worker when a write is queued, so it need not wait for its next poll.</summary>
internal sealed class OutboxSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Wake()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake: one wake-up is enough.
        }
    }

    /// <summary>Waits for a wake-up or the delay, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay > TimeSpan.Zero)
        {
            await signal.WaitAsync(delay, cancellationToken);
        }
    }
}
