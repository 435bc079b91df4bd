using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability;
using SupportPortal.Web.Reliability.Outbox;
using SupportPortal.Web.Reliability.Outbox.Data;

namespace SupportPortal.Reliability.Tests.Outbox;

/// <summary>
/// 200 submissions and 200 replies, with attachments, through <see cref="TicketSubmissions"/> while 30 % of helpdesk
/// calls fail (half of the failing writes after the helpdesk wrote them), the helpdesk is down for a stretch, and the
/// portal is stopped and started again mid-run. Afterwards each exists exactly once, its files byte for byte.
/// </summary>
public sealed class OutboxFaultInjectionTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Operations = 400;
    private const int CustomerCount = 10;
    private const int ReplyTargetCount = 20;

    private readonly string folder = Directory.CreateTempSubdirectory("outbox-faults-").FullName;
    private readonly Faults faults = new(seed: 20261123, failureRate: 0.3);
    private readonly ConcurrentBag<bool> queued = [];
    private readonly CollectedLog log = new();
    private List<(string Email, int TicketId)> replyTargets = [];
    private (int DepartmentId, int PriorityId) routing;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_submission_and_reply_arrives_exactly_once_through_faults_an_outage_and_a_restart()
    {
        // Bounds the run, so a delivery that never happens fails the test instead of hanging it.
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        var first = await PortalProcess.StartAsync(folder, faults, log);
        await PrepareAsync(first.Services.GetRequiredService<IHelpdesk>());

        await RunAsync(first, 0, 120);
        faults.Down = true;
        await RunAsync(first, 120, 180);
        faults.Down = false;
        await RunAsync(first, 180, 220);

        // The helpdesk goes down again and the portal restarts in the middle of it, with writes still queued.
        faults.Down = true;
        await RunAsync(first, 220, 240);
        var pendingAtRestart = (await Backlog(first)).Pending;
        await first.StopAsync(bound.Token);
        first.Dispose();

        using var second = await PortalProcess.StartAsync(folder, faults, log);
        await RunAsync(second, 240, 260);
        faults.Down = false;
        await RunAsync(second, 260, Operations);
        await DrainAsync(second, bound.Token);

        faults.Enabled = false;
        var (lost, duplicated, wrongFiles) = await CountAsync(second.Services.GetRequiredService<IHelpdesk>());
        var refused = await CountRefusedAsync(second);
        await second.StopAsync(CancellationToken.None);

        output.WriteLine(
            $"lost {lost}, duplicated {duplicated}, attachments differing {wrongFiles}, refused {refused}; " +
            $"{queued.Count(q => q)} of {Operations} writes queued, {pendingAtRestart} pending at the restart; injected: " +
            $"{faults.RefusedBefore} refused calls, {faults.FailedAfterWrite} failures after the write, {faults.RefusedWhileDown} calls while down");
        foreach (var group in log.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error).GroupBy(e => e.Message[..Math.Min(120, e.Message.Length)]).Take(10))
        {
            output.WriteLine($"{group.Count()} x {group.Key}");
        }

        output.WriteLine(string.Join(", ", faults.Calls.Select(c => $"{c.Key} {c.Value}")));
        output.WriteLine($"{log.Entries.Count(e => e.Category.EndsWith("OutboxDelivery", StringComparison.Ordinal))} delivery warnings");
        Assert.True(faults.FailedAfterWrite > 0 && faults.RefusedWhileDown > 0 && pendingAtRestart > 0, "The faults this test is about did not happen.");
        Assert.Equal(0, lost);
        Assert.Equal(0, duplicated);
        Assert.Equal(0, wrongFiles);
        Assert.Equal(0, refused);
    }

    private async Task PrepareAsync(IHelpdesk helpdesk)
    {
        faults.Enabled = false;
        var department = (await helpdesk.GetDepartmentsAsync()).Single(d => d.IsDefault);
        var priority = (await helpdesk.GetPrioritiesAsync()).OrderBy(p => p.Order).First(p => p.IsPublic);
        routing = (department.Id, priority.Id);
        replyTargets = [];
        for (var target = 0; target < ReplyTargetCount; target++)
        {
            var email = Customer(target % CustomerCount);
            var ticket = await helpdesk.SubmitTicketAsync(new NewTicket(email, "Faulty Customer", department.Id, priority.Id, "Thread for replies", $"Target {target}"));
            replyTargets.Add((email, ticket.Id));
        }

        faults.Enabled = true;
    }

    private async Task RunAsync(IHost portal, int from, int to)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = 4 };
        await Parallel.ForEachAsync(Enumerable.Range(from, to - from), options, async (operation, cancellationToken) =>
        {
            await using var scope = portal.Services.CreateAsyncScope();
            var submissions = scope.ServiceProvider.GetRequiredService<TicketSubmissions>();
            var index = operation / 2;
            if (operation % 2 == 0)
            {
                var result = await submissions.SubmitAsync(Submission(index), cancellationToken);
                queued.Add(result is SubmissionResult.Queued);
            }
            else
            {
                var (email, ticketId) = replyTargets[index % ReplyTargetCount];
                var result = await submissions.ReplyAsync(email, ticketId, new NewReply(ReplyText(index)) { Attachments = Files($"r{index}") }, cancellationToken);
                queued.Add(result is ReplyResult.Queued);
            }
        });
    }

    private static async Task DrainAsync(IHost portal, CancellationToken bound)
    {
        while ((await Backlog(portal)).Pending > 0)
        {
            await Task.Delay(50, bound);
        }
    }

    private static Task<(int Pending, DateTimeOffset? Oldest)> Backlog(IHost portal) =>
        portal.Services.GetRequiredService<Web.Reliability.Outbox.Outbox>().BacklogAsync(CancellationToken.None);

    private static async Task<int> CountRefusedAsync(IHost portal)
    {
        var contexts = portal.Services.GetRequiredService<IDbContextFactory<OutboxDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Messages.CountAsync(m => m.State == OutboxState.Failed);
    }

    /// <summary>Reads everything back from the helpdesk itself: how many writes are missing, doubled, or have different files.</summary>
    private async Task<(int Lost, int Duplicated, int WrongFiles)> CountAsync(IHelpdesk helpdesk)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var wrongFiles = 0;
        var targetIds = replyTargets.Select(t => t.TicketId).ToHashSet();
        for (var customer = 0; customer < CustomerCount; customer++)
        {
            var email = Customer(customer);
            foreach (var summary in await helpdesk.GetSubmittedTicketsAsync(email, new TicketQuery { PageSize = 1000 }))
            {
                var ticket = await helpdesk.GetSubmittedTicketAsync(email, summary.Id);
                var posts = targetIds.Contains(ticket.Id) ? ticket.Posts.Skip(1) : ticket.Posts.Take(1);
                foreach (var post in posts.Where(p => !p.IsFromStaff))
                {
                    var text = DeliveryMarker.Strip(post.Contents);
                    found[text] = found.GetValueOrDefault(text) + 1;
                    if (found[text] == 1 && !await FilesMatchAsync(helpdesk, email, ticket.Id, post, text))
                    {
                        wrongFiles++;
                    }
                }
            }
        }

        var expected = Enumerable.Range(0, Operations / 2).SelectMany(i => new[] { SubmissionText(i), ReplyText(i) }).ToList();
        var lost = expected.Count(text => !found.ContainsKey(text));
        var duplicated = expected.Sum(text => Math.Max(0, found.GetValueOrDefault(text) - 1));
        return (lost, duplicated, wrongFiles);
    }

    private static async Task<bool> FilesMatchAsync(IHelpdesk helpdesk, string email, int ticketId, TicketPost post, string text)
    {
        var prefix = text.StartsWith("Submission", StringComparison.Ordinal) ? "s" : "r";
        var index = int.Parse(text.Split(' ')[1].TrimEnd(':'), System.Globalization.CultureInfo.InvariantCulture);
        var expected = Files($"{prefix}{index}");
        if (post.Attachments.Count != expected.Count)
        {
            return false;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            await using var actual = await helpdesk.GetTicketAttachmentAsync(email, ticketId, post.Attachments[i].Id);
            using var copy = new MemoryStream();
            await actual.Content.CopyToAsync(copy);
            if (actual.FileName != expected[i].FileName || !copy.ToArray().AsSpan().SequenceEqual(Bytes(expected[i].FileName)))
            {
                return false;
            }
        }

        return true;
    }

    private NewTicket Submission(int index) =>
        new(Customer(index % CustomerCount), "Faulty Customer", routing.DepartmentId, routing.PriorityId, $"Printer problem {index % 100}", SubmissionText(index))
        {
            Attachments = Files($"s{index}"),
        };

    private static string SubmissionText(int index) => $"Submission {index}: the printer shows error E-{index}.";

    private static string ReplyText(int index) => $"Reply {index}: still broken after a restart.";

    private static string Customer(int index) => $"customer{index}@faults.example.com";

    /// <summary>One or two files per write, of sizes from empty to 96 KB, with contents that depend on the name.</summary>
    private static IReadOnlyList<AttachmentUpload> Files(string owner)
    {
        var count = 1 + (owner.GetHashCode(StringComparison.Ordinal) & 1);
        return Enumerable.Range(0, count)
            .Select(k => $"{owner}-{k}.log")
            .Select(name => new AttachmentUpload(name, "text/plain", Bytes(name).Length, _ => Task.FromResult<Stream>(new MemoryStream(Bytes(name)))))
            .ToList();
    }

    private static byte[] Bytes(string name)
    {
        var seed = name.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
        var random = new Random(seed);
        var bytes = new byte[random.Next(0, 96 * 1024)];
        random.NextBytes(bytes);
        return bytes;
    }
}
