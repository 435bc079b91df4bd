using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability;
using SupportPortal.Web.Support;
using SupportPortal.Web.Tickets;

namespace SupportPortal.Web.Tests;

/// <summary>The new-ticket form's submit while the helpdesk cannot be reached: the ticket is queued, nothing is lost.</summary>
public sealed class QueuedSubmissionTests(SubmissionOutagePortalFactory portal) : IClassFixture<SubmissionOutagePortalFactory>
{
    private readonly Customer alice = new("alice@example.com", "Alice Customer");

    [Fact]
    public async Task Unreachable_helpdesk_queues_the_ticket_with_its_files_in_the_outbox()
    {
        using var customer = await CustomerClient.SignInAsync(portal, alice.Email);
        var log = await customer.UploadAcceptedAsync("install.log", "installer stopped"u8.ToArray());
        await using var scope = portal.Services.CreateAsyncScope();
        var reference = scope.ServiceProvider.GetRequiredService<ReferenceDataCache>();
        var general = (await reference.GetDepartmentsAsync()).Single(d => d.Title == "General Support");
        var draft = new TicketDraft(general.Id, 1, "Cannot sign in during the outage", "The login page spins.", [], [log.Token]);

        var outcome = await scope.ServiceProvider.GetRequiredService<TicketSubmission>().SubmitAsync(alice, draft, CancellationToken.None);

        var queued = Assert.IsType<SubmissionResult.Queued>(outcome.Result);
        Assert.Empty(outcome.Problems);
        var waiting = await scope.ServiceProvider.GetRequiredService<TicketSubmissions>().GetQueuedAsync(alice.Email);
        var write = Assert.Single(waiting, w => w.OutboxId == queued.OutboxId);
        Assert.Equal("Cannot sign in during the outage", write.Subject);
        Assert.Equal([("install.log", 17L)], write.Attachments.Select(a => (a.FileName, a.Length)));

        // The outbox keeps its own copy, so the upload's temporary file is gone.
        Assert.False(File.Exists(Path.Combine(portal.UploadFolder, log.Token + ".upload")));
    }
}
