using System.Collections.Concurrent;

namespace SupportPortal.Simulators.Hosting;

/// <summary>
/// How many requests a simulator received, per endpoint. Endpoint names are chosen by each simulator
/// (Kayako Classic uses "GET /Tickets/Ticket/ListAll"); failed and refused requests count too.
/// </summary>
public sealed class RequestCounter
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.OrdinalIgnoreCase);
    private int total;

    /// <summary>All requests so far.</summary>
    public int Total => Volatile.Read(ref total);

    /// <summary>Requests to one endpoint so far (0 if never called).</summary>
    public int this[string endpoint] => counts.GetValueOrDefault(endpoint);

    /// <summary>A copy of the counts per endpoint.</summary>
    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(counts, StringComparer.OrdinalIgnoreCase);

    /// <summary>Forgets every count, so a test can measure one step.</summary>
    public void Reset()
    {
        counts.Clear();
        Interlocked.Exchange(ref total, 0);
    }

    internal void Record(string endpoint)
    {
        counts.AddOrUpdate(endpoint, 1, (_, count) => count + 1);
        Interlocked.Increment(ref total);
    }
}
