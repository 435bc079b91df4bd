namespace SupportPortal.Helpdesk.ContractTests;

public abstract partial class HelpdeskContractTests<TFixture>
{
    [Fact]
    public async Task Changing_status_and_priority_shows_on_the_ticket_and_in_the_list()
    {
        var email = FreshEmail();
        var submitted = await SubmitGeneralAsync(email);
        var inProgress = await StatusAsync(DemoData.InProgress);
        var urgent = await PriorityAsync(DemoData.Urgent);

        await Helpdesk.UpdateTicketPropertiesAsync(email, submitted.Id, inProgress.Id, urgent.Id);

        var ticket = await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id);
        Assert.Equal((inProgress.Id, urgent.Id), (ticket.StatusId, ticket.PriorityId));
        var summary = Assert.Single(await Helpdesk.GetSubmittedTicketsAsync(email, TicketQuery.Default));
        Assert.Equal((inProgress.Id, urgent.Id), (summary.StatusId, summary.PriorityId));
    }

    [Fact]
    public async Task Changing_only_one_property_keeps_the_other()
    {
        var email = FreshEmail();
        var submitted = await SubmitGeneralAsync(email);
        var original = await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id);
        var low = await PriorityAsync(DemoData.Low);
        var inProgress = await StatusAsync(DemoData.InProgress);

        await Helpdesk.UpdateTicketPropertiesAsync(email, submitted.Id, statusId: null, priorityId: low.Id);
        var afterPriority = await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id);
        await Helpdesk.UpdateTicketPropertiesAsync(email, submitted.Id, statusId: inProgress.Id, priorityId: null);
        var afterStatus = await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id);

        Assert.Equal((original.StatusId, low.Id), (afterPriority.StatusId, afterPriority.PriorityId));
        Assert.Equal((inProgress.Id, low.Id), (afterStatus.StatusId, afterStatus.PriorityId));
    }

    [Fact]
    public async Task A_customer_can_close_and_reopen_their_ticket()
    {
        var email = FreshEmail();
        var submitted = await SubmitGeneralAsync(email);
        var closed = await StatusAsync(DemoData.Closed);
        var open = await StatusAsync(DemoData.Open);

        await Helpdesk.UpdateTicketPropertiesAsync(email, submitted.Id, closed.Id, null);
        var whenClosed = (await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id)).StatusId;
        await Helpdesk.UpdateTicketPropertiesAsync(email, submitted.Id, open.Id, null);
        var whenReopened = (await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id)).StatusId;

        Assert.Equal((closed.Id, open.Id), (whenClosed, whenReopened));
    }

    [Fact]
    public async Task Updating_no_property_is_refused_with_minus_16()
    {
        var email = FreshEmail();
        var submitted = await SubmitGeneralAsync(email);

        await Refused.WithAsync(HelpdeskError.NoPropertiesToUpdate, () => Helpdesk.UpdateTicketPropertiesAsync(email, submitted.Id, null, null));
    }

    [Fact]
    public async Task An_unknown_status_is_refused_with_minus_17_and_an_unknown_priority_with_minus_18()
    {
        var email = FreshEmail();
        var submitted = await SubmitGeneralAsync(email);
        var original = await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id);
        var urgent = await PriorityAsync(DemoData.Urgent);
        var closed = await StatusAsync(DemoData.Closed);

        await Refused.WithAsync(HelpdeskError.StatusNotFound, () => Helpdesk.UpdateTicketPropertiesAsync(email, submitted.Id, UnknownId, urgent.Id));
        await Refused.WithAsync(HelpdeskError.PriorityNotFound, () => Helpdesk.UpdateTicketPropertiesAsync(email, submitted.Id, closed.Id, UnknownId));

        var after = await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id);
        Assert.Equal((original.StatusId, original.PriorityId), (after.StatusId, after.PriorityId));
    }

    [Fact]
    public async Task Updating_an_unknown_ticket_is_refused_with_minus_13()
    {
        var email = FreshEmail();
        await SubmitGeneralAsync(email);
        var closed = await StatusAsync(DemoData.Closed);

        await Refused.WithAsync(HelpdeskError.TicketNotFound, () => Helpdesk.UpdateTicketPropertiesAsync(email, UnknownId, closed.Id, null));
    }
}
