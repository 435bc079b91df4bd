using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Support;

namespace SupportPortal.Benchmarks;

/// <summary>
/// "kb-page": a warm knowledge-base article page should cost little more than a static file. Starts the real portal
/// on Kestrel (embedded helpdesk, demo data, Production), warms the article page, saves its HTML as a file served by a
/// bare Kestrel static-file server, and loads each with wrk in turn. Prints both req/s and the ratio (goal ≥ 0.5).
/// </summary>
internal static partial class KbPageBenchmark
{
    private const double Goal = 0.5;
    private const string Wrk = "/usr/bin/wrk";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        if (!File.Exists(Wrk))
        {
            Console.Error.WriteLine($"wrk was not found at {Wrk}; install it with `apt-get install wrk` (bash .ci/setup does).");
            return 2;
        }

        var folder = Directory.CreateTempSubdirectory("supportportal-kb-bench-").FullName;
        try
        {
            await using var portal = new Portal(folder);
            var articleUrl = await ArticleUrlAsync(portal);
            using var http = new HttpClient();
            var html = await http.GetStringAsync(articleUrl);
            html = await http.GetStringAsync(articleUrl); // served from the output cache from here on
            var staticFile = Path.Combine(folder, "static");
            Directory.CreateDirectory(staticFile);
            await File.WriteAllTextAsync(Path.Combine(staticFile, "article.html"), html);
            await using var files = await StaticServerAsync(staticFile);
            var staticUrl = files.Urls.First() + "/article.html";

            Console.WriteLine($"Article page: {articleUrl} ({html.Length:N0} characters)");
            Console.WriteLine($"Static copy:  {staticUrl}");
            Console.WriteLine($"wrk -t2 -c32 -d{seconds}s, each after a 3 s warm-up run:");
            await RunWrkAsync(articleUrl, 3);
            var page = await RunWrkAsync(articleUrl, seconds);
            await RunWrkAsync(staticUrl, 3);
            var file = await RunWrkAsync(staticUrl, seconds);
            var ratio = page / file;

            Console.WriteLine($"{"warm article page",-22} {page,12:N0} req/s");
            Console.WriteLine($"{"same HTML, static file",-22} {file,12:N0} req/s");
            Console.WriteLine($"{"ratio",-22} {ratio,12:F2} (goal ≥ {Goal})");
            return ratio >= Goal ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> ArticleUrlAsync(Portal portal)
    {
        var helpdesk = portal.Services.GetRequiredService<IHelpdesk>();
        var gettingStarted = (await helpdesk.GetKnowledgeBaseCategoriesAsync(0)).Categories.Single(c => c.Title == "Getting Started");
        var article = (await helpdesk.GetKnowledgeBaseArticlesAsync(gettingStarted.Id)).Single(a => a.Subject == "How to install the Widget client");
        return $"{portal.BaseUrl}/kb/article/{article.Id}";
    }

    private static async Task<WebApplication> StaticServerAsync(string root)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root) });
        await app.StartAsync();
        return app;
    }

    private static async Task<double> RunWrkAsync(string url, int seconds)
    {
        var start = new ProcessStartInfo(Wrk, ["-t2", "-c32", $"-d{seconds}s", url]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var match = RequestsPerSecond().Match(output);
        if (wrk.ExitCode != 0 || !match.Success || Non2xx().IsMatch(output))
        {
            throw new InvalidOperationException($"wrk against {url} did not report clean results:\n{output}{await wrk.StandardError.ReadToEndAsync()}");
        }

        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses")]
    private static partial Regex Non2xx();

    /// <summary>The real portal, as an operator runs it, on a Kestrel port.</summary>
    private sealed class Portal : WebApplicationFactory<PortalHtmlSanitizer>
    {
        private readonly string folder;

        public Portal(string folder)
        {
            this.folder = folder;
            UseKestrel(0);
            StartServer();
            BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
                .Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        }

        public string BaseUrl { get; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Helpdesk:Provider", "Embedded");
            builder.UseSetting("Helpdesk:Embedded:ConnectionString", $"Data Source={Path.Combine(folder, "helpdesk.db")}");
            builder.UseSetting("Helpdesk:Embedded:SeedDemoData", "true");
            builder.UseSetting("Helpdesk:Embedded:AttachmentsPath", Path.Combine(folder, "attachments"));
            builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(folder, "portal.db")}");
            // Per-request logging would measure the console, not the page.
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        }
    }
}
