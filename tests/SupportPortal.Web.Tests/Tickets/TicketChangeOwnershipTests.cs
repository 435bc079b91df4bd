using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests.Tickets;

/// <summary>
/// The ticket page's changes go over the circuit to <see cref="Web.Tickets.TicketService"/>; here they are made as bob on
/// alice's ticket, through the real service on the real backend, and must be refused exactly like a missing ticket.
/// </summary>
[Collection(SignedInPortalCollection.Name)]
public sealed class TicketChangeOwnershipTests(SignedInPortalFactory portal)
{
    [Fact]
    public async Task Bob_cannot_change_the_priority_of_alices_ticket()
    {
        var (ticket, _) = await portal.TicketWithAttachmentAsync(SignedInPortalFactory.Alice);
        var other = (await portal.Helpdesk().GetPrioritiesAsync()).First(p => p.Id != ticket.PriorityId);
        var missingId = await portal.MissingTicketIdAsync();

        var foreign = await Refused(() => portal.AsCustomerAsync(SignedInPortalFactory.Bob, tickets => Done(tickets.ChangePriorityAsync(ticket.Id, other.Id, default))));
        var missing = await Refused(() => portal.AsCustomerAsync(SignedInPortalFactory.Bob, tickets => Done(tickets.ChangePriorityAsync(missingId, other.Id, default))));

        Assert.Equal(HelpdeskError.TicketNotFound, foreign);
        Assert.Equal(HelpdeskError.TicketNotFound, missing);
        Assert.Equal(ticket.PriorityId, (await portal.Helpdesk().GetSubmittedTicketAsync(SignedInPortalFactory.Alice, ticket.Id)).PriorityId);
    }

    [Fact]
    public async Task Bob_cannot_close_alices_ticket()
    {
        var open = (await portal.Helpdesk().GetStatusesAsync()).Single(s => s.Title == "Open");
        var ticket = (await portal.AllOfAsync(SignedInPortalFactory.Alice)).First(t => t.StatusId == open.Id);
        var missingId = await portal.MissingTicketIdAsync();

        var foreign = await Refused(() => portal.AsCustomerAsync(SignedInPortalFactory.Bob, tickets => Done(tickets.CloseAsync(ticket.Id, default))));
        var missing = await Refused(() => portal.AsCustomerAsync(SignedInPortalFactory.Bob, tickets => Done(tickets.CloseAsync(missingId, default))));

        Assert.Equal(HelpdeskError.TicketNotFound, foreign);
        Assert.Equal(HelpdeskError.TicketNotFound, missing);
        Assert.Equal(open.Id, (await portal.Helpdesk().GetSubmittedTicketAsync(SignedInPortalFactory.Alice, ticket.Id)).StatusId);
    }

    [Fact]
    public async Task Bob_cannot_reopen_alices_closed_ticket()
    {
        var closed = (await portal.Helpdesk().GetStatusesAsync()).Single(s => s.Title == "Closed");
        var ticket = (await portal.AllOfAsync(SignedInPortalFactory.Alice)).First(t => t.StatusId == closed.Id);

        var error = await Refused(() => portal.AsCustomerAsync(SignedInPortalFactory.Bob, tickets => Done(tickets.ReopenAsync(ticket.Id, default))));

        Assert.Equal(HelpdeskError.TicketNotFound, error);
        Assert.Equal(closed.Id, (await portal.Helpdesk().GetSubmittedTicketAsync(SignedInPortalFactory.Alice, ticket.Id)).StatusId);
    }

    [Fact]
    public async Task Bob_cannot_reply_to_alices_ticket()
    {
        var (ticket, _) = await portal.TicketWithAttachmentAsync(SignedInPortalFactory.Alice);

        var missingId = await portal.MissingTicketIdAsync();

        var foreign = await Refused(() => portal.AsCustomerAsync(SignedInPortalFactory.Bob, tickets => Done(tickets.ReplyAsync(ticket.Id, "Let me in", [], default))));
        var missing = await Refused(() => portal.AsCustomerAsync(SignedInPortalFactory.Bob, tickets => Done(tickets.ReplyAsync(missingId, "Let me in", [], default))));

        Assert.Equal(HelpdeskError.TicketNotFound, foreign);
        Assert.Equal(HelpdeskError.TicketNotFound, missing);
        var posts = (await portal.Helpdesk().GetSubmittedTicketAsync(SignedInPortalFactory.Alice, ticket.Id)).Posts;
        Assert.DoesNotContain(posts, p => p.Contents.Contains("Let me in"));
        Assert.Empty(await portal.AsCustomerAsync(SignedInPortalFactory.Bob, tickets => tickets.GetQueuedRepliesAsync(ticket.Id, default)));
    }

    [Fact]
    public async Task Bob_sees_nothing_of_alices_ticket_or_attachments_through_the_service()
    {
        var (ticket, attachment) = await portal.TicketWithAttachmentAsync(SignedInPortalFactory.Alice);

        var details = await portal.AsCustomerAsync(SignedInPortalFactory.Bob, tickets => tickets.GetTicketAsync(ticket.Id, default));
        var content = await portal.AsCustomerAsync(SignedInPortalFactory.Bob, tickets => tickets.OpenAttachmentAsync(ticket.Id, attachment.Id, default));

        Assert.Null(details);
        Assert.Null(content);
    }

    [Fact]
    public async Task Alice_changes_her_own_tickets_priority_and_closes_and_reopens_it()
    {
        var helpdesk = portal.Helpdesk();
        var statuses = await helpdesk.GetStatusesAsync();
        var (closed, open) = (statuses.Single(s => s.Title == "Closed"), statuses.Single(s => s.Title == "Open"));
        var ticket = (await portal.AllOfAsync(SignedInPortalFactory.Alice)).First(t => t.StatusId == open.Id);
        var urgent = (await helpdesk.GetPrioritiesAsync()).Single(p => p.Title == "Urgent");

        await portal.AsCustomerAsync(SignedInPortalFactory.Alice, tickets => Done(tickets.ChangePriorityAsync(ticket.Id, urgent.Id, default)));
        await portal.AsCustomerAsync(SignedInPortalFactory.Alice, tickets => Done(tickets.CloseAsync(ticket.Id, default)));
        var afterClose = await helpdesk.GetSubmittedTicketAsync(SignedInPortalFactory.Alice, ticket.Id);
        await portal.AsCustomerAsync(SignedInPortalFactory.Alice, tickets => Done(tickets.ReopenAsync(ticket.Id, default)));
        var afterReopen = await helpdesk.GetSubmittedTicketAsync(SignedInPortalFactory.Alice, ticket.Id);

        Assert.Equal(urgent.Id, afterClose.PriorityId);
        Assert.Equal(closed.Id, afterClose.StatusId);
        Assert.Equal(open.Id, afterReopen.StatusId);
    }

    private static async Task<bool> Done(Task change)
    {
        await change;
        return true;
    }

    private static async Task<HelpdeskError?> Refused(Func<Task> change)
    {
        var exception = await Assert.ThrowsAsync<HelpdeskException>(change);
        return exception.Error;
    }
}
