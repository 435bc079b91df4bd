using System.Diagnostics;

namespace SupportPortal.Benchmarks;

/// <summary>Times repeated calls and reports the median, which a stray GC pause or scheduler hiccup does not move.</summary>
internal static class Median
{
    /// <summary>
    /// Runs every call <paramref name="warmUp"/> times untimed, then <paramref name="iterations"/> times timed,
    /// interleaving the calls so that drift on a shared machine affects them alike. Returns medians in microseconds.
    /// </summary>
    public static async Task<double[]> MicrosecondsAsync(int warmUp, int iterations, params Func<Task>[] calls)
    {
        for (var i = 0; i < warmUp; i++)
        {
            foreach (var call in calls)
            {
                await call();
            }
        }

        var samples = calls.Select(_ => new double[iterations]).ToArray();
        for (var i = 0; i < iterations; i++)
        {
            for (var c = 0; c < calls.Length; c++)
            {
                var started = Stopwatch.GetTimestamp();
                await calls[c]();
                samples[c][i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            }
        }

        return samples.Select(Of).ToArray();
    }

    public static double Of(double[] values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
