using System.Collections.Concurrent;

namespace SupportPortal.Benchmarks;

/// <summary>Requests by kind and outcome (HTTP status, "timeout", "no answer"), and how many were not what the kind expects.</summary>
internal sealed class SoakCounts
{
    private readonly ConcurrentDictionary<(string Kind, string Outcome), int> outcomes = new();
    private int requests;
    private int errors;

    public int Requests => Volatile.Read(ref requests);

    public int Errors => Volatile.Read(ref errors);

    public void Record(string kind, string outcome, bool ok)
    {
        Interlocked.Increment(ref requests);
        if (!ok)
        {
            Interlocked.Increment(ref errors);
        }

        outcomes.AddOrUpdate((kind, outcome), 1, (_, count) => count + 1);
    }

    /// <summary>A check on a page already counted as a request (such as "the customer is now signed in").</summary>
    public void RecordCheck(string kind, string outcome, bool ok)
    {
        if (!ok)
        {
            Interlocked.Increment(ref errors);
        }

        outcomes.AddOrUpdate((kind, outcome), 1, (_, count) => count + 1);
    }

    /// <summary>One line per kind: "article  200 x1234, 500 x1".</summary>
    public IEnumerable<string> Lines() =>
        outcomes.GroupBy(o => o.Key.Kind)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"  {g.Key,-14} {string.Join(", ", g.OrderBy(o => o.Key.Outcome, StringComparer.Ordinal).Select(o => $"{o.Key.Outcome} x{o.Value}"))}");
}
