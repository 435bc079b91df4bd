using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SupportPortal.Benchmarks;

/// <summary>
/// The real portal for the soak, as an operator runs it (<c>dotnet SupportPortal.Web.dll</c>, Production, embedded
/// helpdesk with demo data and demo accounts) in a process of its own, so its memory, handles and threads are its
/// own and not the load generator's. Prometheus scraping is on, for the runtime's GC figures.
/// </summary>
internal sealed class SoakPortal : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly Process process;
    private readonly string folder;
    private readonly Queue<string> lastOutput = new();

    private SoakPortal(Process process, string folder, Uri baseUrl)
    {
        this.process = process;
        this.folder = folder;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int ProcessId => process.Id;

    public static async Task<SoakPortal> StartAsync()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "SupportPortal.Web.dll");
        if (!File.Exists(app))
        {
            throw new InvalidOperationException($"{app} is missing; build the benchmarks project, which builds the portal beside it.");
        }

        var folder = Directory.CreateTempSubdirectory("supportportal-soak-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { app, "--urls", $"http://127.0.0.1:{port}" },
        };
        foreach (var (name, value) in Settings(folder))
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var portal = new SoakPortal(process, folder, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, line) => portal.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => portal.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await portal.WaitUntilHealthyAsync();
        return portal;
    }

    /// <summary>Memory, handles and threads of the portal process now.</summary>
    public async Task<ProcessFigures> MeasureAsync(HttpClient client)
    {
        process.Refresh();
        var handles = Directory.EnumerateFileSystemEntries($"/proc/{process.Id}/fd").Count();
        var metrics = await client.GetStringAsync(new Uri(BaseUrl, "/metrics"));
        return new ProcessFigures(process.WorkingSet64, RuntimeMetrics.GcHeapBytes(metrics), handles, process.Threads.Count);
    }

    /// <summary>The portal's last lines of output, for a failure report.</summary>
    public string LastOutput
    {
        get
        {
            lock (lastOutput)
            {
                return string.Join(Environment.NewLine, lastOutput);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file the portal still held as it died; the temp folder is cleaned by the OS eventually.
        }
    }

    private static Dictionary<string, string> Settings(string folder) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Helpdesk__Provider"] = "Embedded",
        ["Helpdesk__Embedded__ConnectionString"] = $"Data Source={Path.Combine(folder, "helpdesk.db")}",
        ["Helpdesk__Embedded__SeedDemoData"] = "true",
        ["Helpdesk__Embedded__AttachmentsPath"] = Path.Combine(folder, "attachments"),
        ["ConnectionStrings__Portal"] = $"Data Source={Path.Combine(folder, "portal.db")}",
        ["Portal__SeedDemoAccounts"] = "true",
        ["Portal__Telemetry__Prometheus"] = "true",

        // All the soak's visitors share one address: the per-address limits meant for scripts would refuse them.
        ["Portal__RateLimits__SignInPerMinute"] = "1000000",
        ["Portal__RateLimits__comments__PermitLimit"] = "1000000",
        ["Portal__KnowledgeBase__CommentsPerAddress"] = "1000000",

        // Per-request logging would measure the console.
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The portal stopped at start-up (exit code {process.ExitCode}):\n{LastOutput}");
            }

            try
            {
                if ((await client.GetAsync(new Uri(BaseUrl, "/readyz"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting slowly.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The portal was not ready within {StartTimeout.TotalSeconds:F0} s:\n{LastOutput}");
            }

            await Task.Delay(250);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lastOutput)
        {
            lastOutput.Enqueue(line);
            while (lastOutput.Count > 40)
            {
                lastOutput.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One measurement of the portal process. <paramref name="GcHeapBytes"/> is null before its first collection.</summary>
internal sealed record ProcessFigures(long WorkingSetBytes, long? GcHeapBytes, int Handles, int Threads);

/// <summary>Reads the runtime's figures from the Prometheus text the portal serves at /metrics.</summary>
internal static class RuntimeMetrics
{
    // System.Runtime's dotnet.gc.last_collection.heap.size, one series per generation (gen0-2, loh, poh).
    private const string GcHeapSeries = "dotnet_gc_last_collection_heap_size";

    public static long? GcHeapBytes(string prometheusText)
    {
        long? total = null;
        foreach (var line in prometheusText.Split('\n'))
        {
            if (!line.StartsWith(GcHeapSeries, StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 2 && double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                total = (total ?? 0) + (long)value;
            }
        }

        return total;
    }
}
