using System.Diagnostics;
using System.Globalization;

namespace SupportPortal.Benchmarks;

/// <summary>
/// "soak": does the portal keep its memory, handles and threads under long, ordinary use? Starts the real portal in a
/// process of its own on demo data, drives a fixed rate of mixed customer actions (<see cref="SoakTraffic"/>) for the
/// given minutes after a warm-up, and prints the portal's working set, GC heap, open handles and threads at the start
/// and the end (with a line each minute between), their growth ratios, and the requests and errors.
///   dotnet run -c Release --project tests/SupportPortal.Benchmarks -- soak [--minutes 30] [--rate 10]
/// --rate is customer actions per second; an action is one to four requests.
/// </summary>
internal static class SoakBenchmark
{
    // Actions in flight at most; past that the schedule waits, and the run reports the actions that started late.
    private const int MaxInFlight = 64;
    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMinutes(1);

    public static async Task<int> RunAsync(string[] args)
    {
        if (!TryRead(args, out var minutes, out var rate))
        {
            Console.Error.WriteLine("Usage: SupportPortal.Benchmarks soak [--minutes 30] [--rate 10]   (rate: customer actions per second)");
            return 2;
        }

        var duration = TimeSpan.FromMinutes(minutes);
        var warmUp = duration / 4 < MaxWarmUp ? duration / 4 : MaxWarmUp;
        await using var portal = await SoakPortal.StartAsync();
        var warmUpCounts = new SoakCounts();
        using var traffic = new SoakTraffic(portal.BaseUrl, warmUpCounts);
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            await traffic.PrepareAsync();
            Console.WriteLine($"Portal pid {portal.ProcessId} at {portal.BaseUrl}: {traffic.Categories} categories, {traffic.Articles} articles");
            Console.WriteLine($"Soak: {rate} actions/s for {duration.TotalMinutes:0.##} min after a {warmUp.TotalSeconds:0} s warm-up");
            await DriveAsync(traffic, rate, warmUp, onSample: null);

            var start = await portal.MeasureAsync(probe);
            Console.WriteLine($"{"elapsed",8} {"working set",12} {"GC heap",10} {"handles",8} {"threads",8} {"requests",9} {"errors",7}");
            var counts = new SoakCounts();
            traffic.Counts = counts;
            Print("start", start, counts);
            var clock = Stopwatch.StartNew();
            var late = await DriveAsync(traffic, rate, duration, onSample: async () =>
                Print($"{clock.Elapsed.TotalMinutes:0}m", await portal.MeasureAsync(probe), counts));
            var end = await portal.MeasureAsync(probe);
            Print("end", end, counts);

            Console.WriteLine();
            Console.WriteLine($"Growth end/start: working set {Ratio(end.WorkingSetBytes, start.WorkingSetBytes)}, GC heap {Ratio(end.GcHeapBytes, start.GcHeapBytes)}, " +
                $"handles {Ratio(end.Handles, start.Handles)}, threads {Ratio(end.Threads, start.Threads)}");
            Console.WriteLine($"Requests: {counts.Requests:N0} in {clock.Elapsed.TotalMinutes:0.#} min ({counts.Requests / clock.Elapsed.TotalSeconds:0.#}/s), " +
                $"errors {counts.Errors}; warm-up {warmUpCounts.Requests:N0} requests, errors {warmUpCounts.Errors}; actions started late {late}");
            foreach (var line in counts.Lines())
            {
                Console.WriteLine(line);
            }

            if (warmUpCounts.Errors > 0)
            {
                Console.WriteLine("Warm-up:");
                foreach (var line in warmUpCounts.Lines())
                {
                    Console.WriteLine(line);
                }
            }

            return counts.Errors + warmUpCounts.Errors == 0 ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException)
        {
            Console.Error.WriteLine($"The soak stopped: {exception.Message}\nPortal output:\n{portal.LastOutput}");
            return 1;
        }
    }

    /// <summary>Starts <paramref name="rate"/> actions a second for <paramref name="length"/>, then waits for those in flight.</summary>
    private static async Task<int> DriveAsync(SoakTraffic traffic, double rate, TimeSpan length, Func<Task>? onSample)
    {
        using var slots = new SemaphoreSlim(MaxInFlight);
        var inFlight = new List<Task>();
        var clock = Stopwatch.StartNew();
        var nextSample = SampleEvery;
        var late = 0;
        for (long n = 0; ; n++)
        {
            var due = TimeSpan.FromSeconds(n / rate);
            if (due >= length)
            {
                break;
            }

            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            if (onSample is not null && clock.Elapsed >= nextSample)
            {
                nextSample += SampleEvery;
                await onSample();
            }

            if (!slots.Wait(0))
            {
                late++;
                await slots.WaitAsync();
            }

            inFlight.Add(RunOneAsync(traffic, slots));
            if (inFlight.Count > 4 * MaxInFlight)
            {
                inFlight.RemoveAll(t => t.IsCompleted);
            }
        }

        await Task.WhenAll(inFlight);
        return late;
    }

    private static async Task RunOneAsync(SoakTraffic traffic, SemaphoreSlim slots)
    {
        try
        {
            await traffic.ActAsync();
        }
        finally
        {
            slots.Release();
        }
    }

    private static void Print(string label, ProcessFigures figures, SoakCounts counts) =>
        Console.WriteLine($"{label,8} {Mib(figures.WorkingSetBytes),12} {Mib(figures.GcHeapBytes),10} {figures.Handles,8} {figures.Threads,8} {counts.Requests,9:N0} {counts.Errors,7}");

    private static string Mib(long? bytes) => bytes is { } b ? $"{b / 1024.0 / 1024.0:0.0} MiB" : "n/a";

    private static string Ratio(long? end, long? start) =>
        end is { } e && start is { } s && s > 0 ? ((double)e / s).ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static bool TryRead(string[] args, out double minutes, out double rate)
    {
        minutes = 30;
        rate = 10;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
                ? parsed
                : (double?)null;
            switch (args[i])
            {
                case "--minutes" when value is { } m:
                    minutes = m;
                    i++;
                    break;
                case "--rate" when value is { } r:
                    rate = r;
                    i++;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
