using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability;
using SupportPortal.Web.Reliability.Outbox;

namespace SupportPortal.Reliability.Tests.Outbox;

/// <summary>What a customer sees of the outbox: a write queued while the helpdesk is down, then delivered once it is back.</summary>
public sealed class QueuedWriteTests : IAsyncLifetime
{
    private const string Email = "carol@queued.example.com";

    private readonly string folder = Directory.CreateTempSubdirectory("outbox-queued-").FullName;
    private readonly Faults faults = new(seed: 1, failureRate: 0);
    private IHost portal = null!;

    public async Task InitializeAsync() => portal = await PortalProcess.StartAsync(folder, faults, new CollectedLog());

    public async Task DisposeAsync()
    {
        await portal.StopAsync();
        portal.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_ticket_submitted_while_the_helpdesk_is_down_is_listed_as_queued_and_delivered_once_it_is_back()
    {
        var (department, priority) = await RoutingAsync();
        faults.Down = true;

        var result = await Submissions().SubmitAsync(
            new NewTicket(Email, "Carol", department, priority, "Login loop", "The login page keeps reloading.")
            {
                Attachments = [new AttachmentUpload("trace.har", "application/json", 3, _ => Task.FromResult<Stream>(new MemoryStream("{ }"u8.ToArray())))],
            },
            CancellationToken.None);

        var queued = Assert.IsType<SubmissionResult.Queued>(result);
        var listed = Assert.Single(await Submissions().GetQueuedAsync(Email));
        Assert.Equal(queued.OutboxId, listed.OutboxId);
        Assert.Equal(OutboxState.Pending, listed.State);
        Assert.Equal("Login loop", listed.Subject);
        Assert.Equal("The login page keeps reloading.", listed.Message);
        Assert.Equal(new QueuedAttachment("trace.har", 3), Assert.Single(listed.Attachments));

        faults.Down = false;
        await WaitUntilNothingQueuedAsync();

        var helpdesk = portal.Services.GetRequiredService<IHelpdesk>();
        var ticket = Assert.Single(await helpdesk.GetSubmittedTicketsAsync(Email, TicketQuery.Default));
        var thread = await helpdesk.GetSubmittedTicketAsync(Email, ticket.Id);
        Assert.Equal("The login page keeps reloading.", DeliveryMarker.Strip(thread.Posts[0].Contents));
        Assert.Equal("trace.har", Assert.Single(thread.Posts[0].Attachments).Name);
    }

    [Fact]
    public async Task A_reply_written_while_an_earlier_one_waits_queues_behind_it_and_the_thread_keeps_their_order()
    {
        var (department, priority) = await RoutingAsync();
        var ticket = (SubmissionResult.Delivered)await Submissions().SubmitAsync(new NewTicket(Email, "Carol", department, priority, "Order", "First post"), CancellationToken.None);
        faults.Down = true;
        Assert.IsType<ReplyResult.Queued>(await Submissions().ReplyAsync(Email, ticket.TicketId, new NewReply("second"), CancellationToken.None));

        // Still down while the third is written: were the helpdesk back, the worker could deliver "second" first and
        // the third would rightly go straight through, which is not what this test is about.
        var third = await Submissions().ReplyAsync(Email, ticket.TicketId, new NewReply("third"), CancellationToken.None);
        Assert.IsType<ReplyResult.Queued>(third);
        faults.Down = false;
        await WaitUntilNothingQueuedAsync();

        var thread = await portal.Services.GetRequiredService<IHelpdesk>().GetSubmittedTicketAsync(Email, ticket.TicketId);
        Assert.Equal(["First post", "second", "third"], thread.Posts.Select(p => DeliveryMarker.Strip(p.Contents)));
    }

    [Fact]
    public async Task A_refusal_is_not_queued_but_reaches_the_page()
    {
        var (_, priority) = await RoutingAsync();

        var refusal = await Assert.ThrowsAsync<HelpdeskException>(() =>
            Submissions().SubmitAsync(new NewTicket(Email, "Carol", 9999, priority, "Nowhere", "No such department"), CancellationToken.None));

        Assert.Equal(HelpdeskError.InvalidDepartment, refusal.Error);
        Assert.Empty(await Submissions().GetQueuedAsync(Email));
    }

    [Theory]
    [InlineData("Hello\n\n[ref:0123456789abcdef0123456789abcdef]", "Hello")]
    [InlineData("<p>Hello</p><br />[ref:0123456789abcdef0123456789abcdef]", "<p>Hello</p>")]
    [InlineData("A customer may write [ref:not-a-key] themselves", "A customer may write [ref:not-a-key] themselves")]
    public void Pages_show_messages_without_the_delivery_marker(string stored, string shown) =>
        Assert.Equal(shown, DeliveryMarker.Strip(stored));

    private TicketSubmissions Submissions() => portal.Services.CreateScope().ServiceProvider.GetRequiredService<TicketSubmissions>();

    private async Task<(int Department, int Priority)> RoutingAsync()
    {
        var helpdesk = portal.Services.GetRequiredService<IHelpdesk>();
        var department = (await helpdesk.GetDepartmentsAsync()).Single(d => d.IsDefault);
        var priority = (await helpdesk.GetPrioritiesAsync()).First(p => p.IsPublic);
        return (department.Id, priority.Id);
    }

    private async Task WaitUntilNothingQueuedAsync()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while ((await Submissions().GetQueuedAsync(Email)).Count > 0)
        {
            await Task.Delay(20, bound.Token);
        }
    }
}
