namespace SupportPortal.Helpdesk.ContractTests;

public abstract partial class HelpdeskContractTests<TFixture>
{
    [Fact]
    public async Task Changing_the_address_moves_the_ticket_history_to_the_new_address()
    {
        var oldEmail = FreshEmail();
        var newEmail = FreshEmail();
        var first = await SubmitGeneralAsync(oldEmail, attachments: [Upload("log.txt", "text/plain", "boot ok"u8.ToArray())]);
        var second = await SubmitGeneralAsync(oldEmail);
        await Helpdesk.PostTicketReplyAsync(oldEmail, first.Id, new NewReply("Any news?"));
        var before = await Helpdesk.GetSubmittedTicketAsync(oldEmail, first.Id);

        await Helpdesk.UpdateEmailAddressAsync(oldEmail, newEmail);

        Assert.Equal(2, await Helpdesk.GetTotalSubmittedTicketsAsync(newEmail));
        Assert.Equal([first.Id, second.Id], (await AllTicketsAsync(newEmail)).Select(t => t.Id).Order());
        var moved = await Helpdesk.GetSubmittedTicketAsync(newEmail, first.Id);
        Assert.Equal(before.Posts.Select(p => (p.Id, p.Contents)), moved.Posts.Select(p => (p.Id, p.Contents)));
        var download = await DownloadAsync(newEmail, first.Id, moved.Posts[0].Attachments.Single().Id);
        Assert.Equal("boot ok"u8.ToArray(), download.Bytes);
        await Helpdesk.PostTicketReplyAsync(newEmail, second.Id, new NewReply("Replying from my new address."));

        Assert.Equal(0, await Helpdesk.GetTotalSubmittedTicketsAsync(oldEmail));
        await Refused.WithAsync(HelpdeskError.TicketNotOwned, () => Helpdesk.GetSubmittedTicketAsync(oldEmail, first.Id));
    }

    [Fact]
    public async Task Changing_to_an_address_in_use_is_refused_with_minus_15()
    {
        var email = FreshEmail();
        var taken = FreshEmail();
        var mine = await SubmitGeneralAsync(email);
        await SubmitGeneralAsync(taken);

        await Refused.WithAsync(HelpdeskError.EmailAlreadyInUse, () => Helpdesk.UpdateEmailAddressAsync(email, taken));
        await Refused.WithAsync(HelpdeskError.EmailAlreadyInUse, () => Helpdesk.UpdateEmailAddressAsync(email, taken.ToUpperInvariant()));

        Assert.Equal(mine.Id, (await Helpdesk.GetSubmittedTicketAsync(email, mine.Id)).Id);
        Assert.Equal((1, 1), (await Helpdesk.GetTotalSubmittedTicketsAsync(email), await Helpdesk.GetTotalSubmittedTicketsAsync(taken)));
    }

    [Fact]
    public async Task Changing_the_address_of_an_unknown_customer_is_refused_with_minus_3()
    {
        await Refused.WithAsync(HelpdeskError.UserNotFound, () => Helpdesk.UpdateEmailAddressAsync(FreshEmail(), FreshEmail()));
    }
}
