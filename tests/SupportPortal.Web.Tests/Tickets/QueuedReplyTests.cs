using System.Net;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability;
using SupportPortal.Web.Reliability.Outbox;

namespace SupportPortal.Web.Tests.Tickets;

/// <summary>A reply the helpdesk cannot take now is kept in the outbox and shown in the thread as queued, never lost.</summary>
public sealed class QueuedReplyTests(RepliesDownFactory portal) : IClassFixture<RepliesDownFactory>
{
    [Fact]
    public async Task A_reply_while_the_helpdesk_is_down_is_queued_and_the_ticket_page_shows_it_as_queued()
    {
        var (ticket, _) = await portal.TicketWithAttachmentAsync(SignedInPortalFactory.Alice);
        var text = $"Still broken ({Guid.NewGuid():N})";

        var result = await portal.AsCustomerAsync(SignedInPortalFactory.Alice, tickets => tickets.ReplyAsync(ticket.Id, text, [], default));

        Assert.IsType<ReplyResult.Queued>(result);
        var queued = Assert.Single(await portal.AsCustomerAsync(SignedInPortalFactory.Alice, tickets => tickets.GetQueuedRepliesAsync(ticket.Id, default)));
        Assert.Equal(text, queued.Message);
        Assert.Equal(OutboxState.Pending, queued.State);

        var response = await portal.ClientFor(SignedInPortalFactory.Alice).GetAsync($"/tickets/{ticket.Id}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(text, html);
        Assert.Contains("Queued — will be sent when the support system is back", WebUtility.HtmlDecode(html));

        // Bob sees nothing of it, on his list or as a queued reply to that ticket.
        Assert.Empty(await portal.AsCustomerAsync(SignedInPortalFactory.Bob, tickets => tickets.GetQueuedRepliesAsync(ticket.Id, default)));
        Assert.DoesNotContain(text, await portal.ClientFor(SignedInPortalFactory.Bob).GetStringAsync("/tickets"));
    }
}
