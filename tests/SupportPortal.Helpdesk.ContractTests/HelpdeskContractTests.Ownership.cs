namespace SupportPortal.Helpdesk.ContractTests;

public abstract partial class HelpdeskContractTests<TFixture>
{
    [Fact]
    public async Task Another_customer_gets_TicketNotOwned_for_the_ticket()
    {
        var (owned, intruder) = await OwnedTicketAndIntruderAsync();

        await Refused.WithAsync(HelpdeskError.TicketNotOwned, () => Helpdesk.GetSubmittedTicketAsync(intruder, owned.TicketId));
        Assert.DoesNotContain(await Helpdesk.GetSubmittedTicketsAsync(intruder, new TicketQuery { PageSize = 100 }), t => t.Id == owned.TicketId);
    }

    [Fact]
    public async Task Another_customer_gets_TicketNotOwned_for_a_reply()
    {
        var (owned, intruder) = await OwnedTicketAndIntruderAsync();

        await Refused.WithAsync(HelpdeskError.TicketNotOwned, () => Helpdesk.PostTicketReplyAsync(intruder, owned.TicketId, new NewReply("Mine now.")));
    }

    [Fact]
    public async Task Another_customer_gets_TicketNotOwned_for_the_properties()
    {
        var (owned, intruder) = await OwnedTicketAndIntruderAsync();
        var closed = await StatusAsync(DemoData.Closed);

        await Refused.WithAsync(HelpdeskError.TicketNotOwned, () => Helpdesk.UpdateTicketPropertiesAsync(intruder, owned.TicketId, closed.Id, null));
    }

    [Fact]
    public async Task Another_customer_gets_TicketNotOwned_for_a_custom_field()
    {
        var (owned, intruder) = await OwnedTicketAndIntruderAsync();

        await Refused.WithAsync(HelpdeskError.TicketNotOwned, () => Helpdesk.SetCustomFieldValueAsync(intruder, owned.TicketId, owned.ProductVersionFieldId, ["0.0.1"]));
    }

    [Fact]
    public async Task Another_customer_gets_TicketNotOwned_for_the_attachment()
    {
        var (owned, intruder) = await OwnedTicketAndIntruderAsync();

        await Refused.WithAsync(HelpdeskError.TicketNotOwned, () => Helpdesk.GetTicketAttachmentAsync(intruder, owned.TicketId, owned.AttachmentId));
    }

    [Fact]
    public async Task The_owners_ticket_is_unchanged_after_another_customer_tries_to_change_it()
    {
        var (owned, intruder) = await OwnedTicketAndIntruderAsync();
        var before = await Helpdesk.GetSubmittedTicketAsync(owned.Email, owned.TicketId);
        var closed = await StatusAsync(DemoData.Closed);
        var urgent = await PriorityAsync(DemoData.Urgent);

        await Refused.WithAsync(HelpdeskError.TicketNotOwned, () => Helpdesk.PostTicketReplyAsync(intruder, owned.TicketId, new NewReply("Mine now.")));
        await Refused.WithAsync(HelpdeskError.TicketNotOwned, () => Helpdesk.UpdateTicketPropertiesAsync(intruder, owned.TicketId, closed.Id, urgent.Id));
        await Refused.WithAsync(HelpdeskError.TicketNotOwned, () => Helpdesk.SetCustomFieldValueAsync(intruder, owned.TicketId, owned.ProductVersionFieldId, ["0.0.1"]));

        var after = await Helpdesk.GetSubmittedTicketAsync(owned.Email, owned.TicketId);
        Assert.Equal(before.Posts.Select(p => (p.Id, p.Contents)), after.Posts.Select(p => (p.Id, p.Contents)));
        Assert.Equal((before.StatusId, before.PriorityId, before.LastActivity), (after.StatusId, after.PriorityId, after.LastActivity));
        Assert.Equal(
            before.CustomFields.SelectMany(g => g.Fields).Select(f => (f.Id, string.Join("\n", f.Values))),
            after.CustomFields.SelectMany(g => g.Fields).Select(f => (f.Id, string.Join("\n", f.Values))));
        Assert.Equal(1, await Helpdesk.GetTotalSubmittedTicketsAsync(intruder));
    }

    [Fact]
    public async Task Bob_cannot_read_alices_ticket_or_download_her_attachments()
    {
        var alices = new List<Ticket>();
        foreach (var summary in await AllTicketsAsync(DemoData.Alice))
        {
            alices.Add(await Helpdesk.GetSubmittedTicketAsync(DemoData.Alice, summary.Id));
        }

        var ticket = alices.FirstOrDefault(t => t.Posts.Any(p => p.Attachments.Count > 0)) ?? alices[0];

        await Refused.WithAsync(HelpdeskError.TicketNotOwned, () => Helpdesk.GetSubmittedTicketAsync(DemoData.Bob, ticket.Id));
        foreach (var attachment in ticket.Posts.SelectMany(p => p.Attachments))
        {
            await Refused.WithAsync(HelpdeskError.TicketNotOwned, () => Helpdesk.GetTicketAttachmentAsync(DemoData.Bob, ticket.Id, attachment.Id));
        }
    }

    /// <summary>
    /// A Technical Support ticket with an attachment, and another customer who has a ticket of their own
    /// (so the refusal is about ownership, not an unknown customer).
    /// </summary>
    private async Task<(OwnedTicket Owned, string Intruder)> OwnedTicketAndIntruderAsync()
    {
        var technical = await TechnicalSupportAsync();
        var owner = FreshEmail();
        var submitted = await Helpdesk.SubmitTicketAsync(technical.Ticket(owner, technical.RequiredAnswers()) with
        {
            Attachments = [Upload("invoice.pdf", "application/pdf", RandomBytes(2048))],
        });
        var attachmentId = (await Helpdesk.GetSubmittedTicketAsync(owner, submitted.Id)).Posts[0].Attachments.Single().Id;
        var intruder = FreshEmail();
        await SubmitGeneralAsync(intruder);
        return (new OwnedTicket(owner, submitted.Id, attachmentId, technical[DemoData.ProductVersion].Id), intruder);
    }

    private sealed record OwnedTicket(string Email, int TicketId, int AttachmentId, int ProductVersionFieldId);
}
