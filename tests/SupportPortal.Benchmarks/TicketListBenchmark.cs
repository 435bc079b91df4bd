using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportPortal.Helpdesk;
using SupportPortal.Helpdesk.Embedded.Data;
using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Benchmarks;

/// <summary>
/// "tickets": the first page of "my tickets" must cost the same for a customer with 100 tickets as for one with
/// 100,000. Builds a fresh SQLite database through the helpdesk's own start-up (migrations and all), bulk-inserts
/// both customers, times page 1 through <see cref="IHelpdesk"/> and fails if the default query's ratio exceeds 1.5.
/// </summary>
internal static class TicketListBenchmark
{
    private const int SmallCustomerTickets = 100;
    private const int LargeCustomerTickets = 100_000;
    private const double MaxDefaultRatio = 1.5;
    private const int WarmUp = 200;
    private const int Iterations = 2000;
    private const string DefaultScenario = "default (last activity, newest first)";
    private static readonly TimeSpan JitWarmUp = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string[] args)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"supportportal-bench-{Guid.NewGuid():N}");
        try
        {
            return await RunInAsync(folder);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> RunInAsync(string folder)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Helpdesk:Embedded:ConnectionString"] = $"Data Source={Path.Combine(folder, "helpdesk.db")}",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddEmbeddedHelpdesk(configuration);
        await using var provider = services.BuildServiceProvider();
        foreach (var hostedService in provider.GetServices<IHostedService>())
        {
            await hostedService.StartAsync(CancellationToken.None);
        }

        Console.WriteLine($"Filling a fresh SQLite database in {folder} ...");
        var contexts = provider.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();
        var started = DateTimeOffset.UtcNow;
        var statusId = await TicketListData.InsertAsync(contexts, SmallCustomerTickets, LargeCustomerTickets);
        Console.WriteLine($"Inserted {SmallCustomerTickets + LargeCustomerTickets:N0} tickets in {(DateTimeOffset.UtcNow - started).TotalSeconds:F1} s");

        var helpdesk = provider.GetRequiredService<IHelpdesk>();
        // Only the default query is held to the limit; the others are reported to show the indexes serve them too.
        var scenarios = new (string Name, TicketQuery Query)[]
        {
            (DefaultScenario, TicketQuery.Default),
            ("sorted by priority", TicketQuery.Default with { SortBy = TicketSortField.Priority, Ascending = true }),
            ("filtered by status", TicketQuery.Default with { StatusId = statusId }),
        };

        foreach (var (_, query) in scenarios)
        {
            await CheckPageAsync(helpdesk, TicketListData.SmallCustomer, query);
            await CheckPageAsync(helpdesk, TicketListData.LargeCustomer, query);
        }

        // The JIT keeps optimising hot code for a few seconds (tiered compilation, dynamic PGO); without this, whichever
        // scenario is timed first looks several times slower than the others.
        var warmUntil = DateTimeOffset.UtcNow + JitWarmUp;
        while (DateTimeOffset.UtcNow < warmUntil)
        {
            foreach (var (_, query) in scenarios)
            {
                await helpdesk.GetSubmittedTicketsAsync(TicketListData.SmallCustomer, query);
                await helpdesk.GetSubmittedTicketsAsync(TicketListData.LargeCustomer, query);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Page 1 of GetSubmittedTicketsAsync, median of {Iterations} calls after {JitWarmUp.TotalSeconds:F0} s of warm-up and {WarmUp} warm-up calls each:");
        Console.WriteLine($"{"query",-40} {"100 tickets",14} {"100,000 tickets",16} {"ratio",8}");
        double defaultRatio = 0;
        foreach (var (name, query) in scenarios)
        {
            var medians = await Median.MicrosecondsAsync(
                WarmUp,
                Iterations,
                () => helpdesk.GetSubmittedTicketsAsync(TicketListData.SmallCustomer, query),
                () => helpdesk.GetSubmittedTicketsAsync(TicketListData.LargeCustomer, query));
            var ratio = medians[1] / medians[0];
            defaultRatio = name == DefaultScenario ? ratio : defaultRatio;
            Console.WriteLine($"{name,-40} {medians[0],11:F1} µs {medians[1],13:F1} µs {ratio,8:F2}");
        }

        Console.WriteLine();
        if (defaultRatio > MaxDefaultRatio)
        {
            Console.WriteLine($"FAIL: the default query's ratio 100k/100 is {defaultRatio:F2}, above {MaxDefaultRatio}.");
            return 1;
        }

        Console.WriteLine($"PASS: the default query's ratio 100k/100 is {defaultRatio:F2} (limit {MaxDefaultRatio}).");
        return 0;
    }

    /// <summary>A fast wrong answer proves nothing: each query must return a full first page.</summary>
    private static async Task CheckPageAsync(IHelpdesk helpdesk, string email, TicketQuery query)
    {
        var page = await helpdesk.GetSubmittedTicketsAsync(email, query);
        if (page.Count != query.PageSize)
        {
            throw new InvalidOperationException($"Expected a full page of {query.PageSize} tickets for {email}, got {page.Count}.");
        }
    }
}
