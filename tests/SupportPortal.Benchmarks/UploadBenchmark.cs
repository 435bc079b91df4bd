using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SupportPortal.Benchmarks;

/// <summary>
/// A 100 MB file through POST /uploads (signed in, antiforgery token, multipart) must not grow the portal's memory by
/// 32 MB or more, and must go at least half as fast as the same curl command sending the same file to an endpoint that
/// only reads and drops the body. Both transfers use curl over loopback; medians of three runs each, interleaved.
/// </summary>
internal static class UploadBenchmark
{
    private const long FileBytes = 100L * 1024 * 1024;
    private const long MaxGrowthBytes = 32L * 1024 * 1024;
    private const double MinThroughputRatio = 0.5;
    private const int Runs = 3;

    public static async Task<int> RunAsync()
    {
        Console.WriteLine("uploads: starting the portal ...");
        await using var portal = await RunningPortal.StartAsync(new Dictionary<string, string>
        {
            ["Portal__Uploads__MaxFileBytes"] = (128L * 1024 * 1024).ToString(CultureInfo.InvariantCulture),
        });
        var (cookie, token) = await SignInAsync(portal.BaseUrl);
        await using var sink = await Sink.StartAsync();
        var file = Path.Combine(portal.Folder, "big.zip");
        await WriteRandomFileAsync(file, FileBytes);

        // Warm both paths up (JIT, connection set-up, first temp file) before anything is measured.
        await CurlAsync(sink.Url, file, []);
        await UploadAsync(portal, file, cookie, token, "warmup");

        var sinkSeconds = new List<double>();
        var uploadSeconds = new List<double>();
        var growth = new List<long>();
        for (var run = 0; run < Runs; run++)
        {
            sinkSeconds.Add(await CurlAsync(sink.Url, file, []));
            var before = portal.ResidentBytes();
            using var sampling = new CancellationTokenSource();
            var peak = SamplePeakAsync(portal, sampling.Token);
            uploadSeconds.Add(await UploadAsync(portal, file, cookie, token, $"run{run}"));
            await sampling.CancelAsync();
            growth.Add(await peak - before);
        }

        var sinkMedian = Median(sinkSeconds);
        var uploadMedian = Median(uploadSeconds);
        var ratio = sinkMedian / uploadMedian;
        var maxGrowth = growth.Max();
        Console.WriteLine($"uploads: 100 MB to a static sink        {Mb(FileBytes) / sinkMedian,8:F1} MB/s (median of {Runs}: {sinkMedian:F2} s)");
        Console.WriteLine($"uploads: 100 MB through POST /uploads   {Mb(FileBytes) / uploadMedian,8:F1} MB/s (median of {Runs}: {uploadMedian:F2} s)");
        Console.WriteLine($"uploads: throughput ratio /uploads : sink = {ratio:F2} (goal >= {MinThroughputRatio})");
        Console.WriteLine($"uploads: portal working-set growth during an upload: {string.Join(", ", growth.Select(g => $"{Mb(g):F1} MB"))} (goal < {Mb(MaxGrowthBytes):F0} MB)");
        var passed = ratio >= MinThroughputRatio && maxGrowth < MaxGrowthBytes;
        Console.WriteLine(passed ? "uploads: PASS" : "uploads: FAIL");
        return passed ? 0 : 1;
    }

    private static async Task<(string Cookie, string Token)> SignInAsync(string baseUrl)
    {
        var (playwright, browser) = await PortalBrowser.LaunchAsync();
        try
        {
            var context = await PortalBrowser.SignedInAsync(browser, baseUrl, "alice@example.com");
            var page = await PortalBrowser.OpenNewTicketAsync(context);
            var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value")
                ?? throw new InvalidOperationException("The new-ticket page rendered no antiforgery token.");
            var cookies = await context.CookiesAsync();
            return (string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")), token);
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    private static async Task<double> UploadAsync(RunningPortal portal, string file, string cookie, string token, string batch)
    {
        var seconds = await CurlAsync($"{portal.BaseUrl}/uploads?batch={batch}", file,
            ["-H", $"Cookie: {cookie}", "-H", $"RequestVerificationToken: {token}", "-H", "X-Requested-With: XMLHttpRequest"]);

        // Frees the place and the disk for the next run, as the form's remove button would.
        foreach (var upload in Directory.EnumerateFiles(Path.Combine(portal.Folder, "uploads")))
        {
            File.Delete(upload);
        }

        return seconds;
    }

    /// <summary>Sends <paramref name="file"/> as multipart/form-data with curl; returns curl's total time in seconds.</summary>
    private static async Task<double> CurlAsync(string url, string file, string[] headers)
    {
        var start = new ProcessStartInfo("curl", [.. headers, "-sS", "-o", "/dev/null", "-w", "%{http_code} %{time_total}", "-F", $"file=@{file};type=application/zip", url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var curl = Process.Start(start) ?? throw new InvalidOperationException("curl could not be started.");
        var output = await curl.StandardOutput.ReadToEndAsync();
        await curl.WaitForExitAsync();
        var parts = output.Trim().Split(' ');
        if (curl.ExitCode != 0 || parts[0] is not ("200" or "204"))
        {
            throw new InvalidOperationException($"curl to {url} answered '{output}' ({await curl.StandardError.ReadToEndAsync()}).");
        }

        return double.Parse(parts[1], CultureInfo.InvariantCulture);
    }

    private static async Task<long> SamplePeakAsync(RunningPortal portal, CancellationToken stop)
    {
        var peak = portal.ResidentBytes();
        while (!stop.IsCancellationRequested)
        {
            peak = Math.Max(peak, portal.ResidentBytes());
            try
            {
                await Task.Delay(20, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return Math.Max(peak, portal.ResidentBytes());
    }

    private static async Task WriteRandomFileAsync(string path, long bytes)
    {
        await using var file = File.Create(path);
        var buffer = new byte[1024 * 1024];
        for (long written = 0; written < bytes; written += buffer.Length)
        {
            RandomNumberGenerator.Fill(buffer);
            await file.WriteAsync(buffer);
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double Mb(long bytes) => bytes / (1024d * 1024);

    /// <summary>An endpoint that reads a request body and drops it: what loopback can do with no work attached.</summary>
    private sealed class Sink(WebApplication app) : IAsyncDisposable
    {
        public string Url { get; } = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/sink";

        public static async Task<Sink> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(o => o.Limits.MaxRequestBodySize = null).UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            app.MapPost("/sink", async (HttpContext context) =>
            {
                var buffer = new byte[81920];
                while (await context.Request.Body.ReadAsync(buffer) > 0)
                {
                }

                return Results.NoContent();
            });
            await app.StartAsync();
            return new Sink(app);
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
