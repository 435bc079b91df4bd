using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SupportPortal.Benchmarks;

/// <summary>
/// The built portal (src/SupportPortal.Web, Release) in a process of its own, on the embedded helpdesk with demo data in a
/// temporary folder, so its memory can be read from outside exactly as an operator's monitoring would (Linux /proc).
/// </summary>
internal sealed class RunningPortal : IAsyncDisposable
{
    private readonly Process process;

    private RunningPortal(Process process, string baseUrl, string folder)
    {
        this.process = process;
        BaseUrl = baseUrl;
        Folder = folder;
    }

    public string BaseUrl { get; }

    /// <summary>The portal's temporary data folder.</summary>
    public string Folder { get; }

    public static async Task<RunningPortal> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var app = FindBuiltApp();
        var folder = Path.Combine(Path.GetTempPath(), $"supportportal-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet", [app])
        {
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = baseUrl;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Helpdesk__Embedded__ConnectionString"] = $"Data Source={Path.Combine(folder, "helpdesk.db")}";
        start.Environment["Helpdesk__Embedded__AttachmentsPath"] = Path.Combine(folder, "attachments");
        start.Environment["Helpdesk__Embedded__SeedDemoData"] = "true";
        start.Environment["ConnectionStrings__Portal"] = $"Data Source={Path.Combine(folder, "portal.db")}";
        start.Environment["Portal__SeedDemoAccounts"] = "true";
        start.Environment["Portal__Uploads__TempPath"] = Path.Combine(folder, "uploads");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {app}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine($"  portal: {line}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var portal = new RunningPortal(process, baseUrl, folder);
        await portal.WaitUntilHealthyAsync();
        return portal;
    }

    /// <summary>The portal's resident set size (working set) in bytes.</summary>
    public long ResidentBytes()
    {
        process.Refresh();
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kilobytes * 1024;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient();
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited with code {process.ExitCode} while starting.");
            }

            try
            {
                using var response = await http.GetAsync($"{BaseUrl}/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The portal did not become healthy within 90 seconds.");
    }

    private static string FindBuiltApp()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SupportPortal.sln")))
        {
            root = root.Parent;
        }

        var app = Path.Combine(root?.FullName ?? ".", "src", "SupportPortal.Web", "bin", "Release", "net10.0", "SupportPortal.Web.dll");
        return File.Exists(app)
            ? app
            : throw new FileNotFoundException($"Build the portal first: dotnet build -c Release src/SupportPortal.Web ({app} is missing).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; the OS cleans it.
        }
    }
}
