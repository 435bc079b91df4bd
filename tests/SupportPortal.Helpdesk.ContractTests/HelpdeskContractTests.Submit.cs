namespace SupportPortal.Helpdesk.ContractTests;

public abstract partial class HelpdeskContractTests<TFixture>
{
    [Fact]
    public async Task A_submitted_ticket_has_an_id_and_mask_and_its_customer_can_read_it()
    {
        var email = FreshEmail();
        var department = await DepartmentAsync(DemoData.GeneralSupport);
        var priority = await PriorityAsync(DemoData.Urgent);
        var before = DateTimeOffset.UtcNow;

        var submitted = await Helpdesk.SubmitTicketAsync(
            new NewTicket(email, "Frankie First", department.Id, priority.Id, "Cannot log in", "The login page says my password is wrong."));

        Assert.True(submitted.Id > 0, $"The ticket id should be positive, was {submitted.Id}.");
        Assert.False(string.IsNullOrWhiteSpace(submitted.Mask), "The ticket should have a mask.");
        var ticket = await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id);
        Assert.Equal((submitted.Id, submitted.Mask), (ticket.Id, ticket.Mask));
        Assert.Equal(("Cannot log in", department.Id, priority.Id), (ticket.Subject, ticket.DepartmentId, ticket.PriorityId));
        Assert.Contains(await Helpdesk.GetStatusesAsync(), s => s.Id == ticket.StatusId);
        // Generous bounds: they catch a time zone mistake, not a slow machine.
        Assert.InRange(ticket.StartDate, before.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.True(ticket.LastActivity >= ticket.StartDate, "A ticket's last activity cannot precede its start.");
    }

    [Fact]
    public async Task A_submitted_ticket_appears_in_its_customers_list_and_count()
    {
        var email = FreshEmail();

        var submitted = await SubmitGeneralAsync(email, "Paper jam");

        Assert.Equal(1, await Helpdesk.GetTotalSubmittedTicketsAsync(email));
        var summary = Assert.Single(await Helpdesk.GetSubmittedTicketsAsync(email, TicketQuery.Default));
        var ticket = await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id);
        Assert.Equal(
            (submitted.Id, submitted.Mask, "Paper jam", ticket.DepartmentId, ticket.StatusId, ticket.PriorityId, CustomerName),
            (summary.Id, summary.Mask, summary.Subject, summary.DepartmentId, summary.StatusId, summary.PriorityId, summary.LastReplier));
        Assert.Equal(ticket.StartDate, summary.StartDate);
        Assert.Equal(ticket.LastActivity, summary.LastActivity);
    }

    [Fact]
    public async Task A_customer_without_tickets_has_a_count_of_zero_and_an_empty_list()
    {
        var email = FreshEmail();

        Assert.Equal(0, await Helpdesk.GetTotalSubmittedTicketsAsync(email));
        Assert.Empty(await Helpdesk.GetSubmittedTicketsAsync(email, TicketQuery.Default));
    }

    [Fact]
    public async Task Customer_addresses_are_matched_case_insensitively()
    {
        var email = FreshEmail();

        var submitted = await SubmitGeneralAsync(email.ToUpperInvariant());

        Assert.Equal(1, await Helpdesk.GetTotalSubmittedTicketsAsync(email));
        Assert.Equal(submitted.Id, (await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id)).Id);
    }

    [Fact]
    public async Task Submitting_to_an_unknown_department_is_refused_with_minus_8()
    {
        var priority = await PriorityAsync(DemoData.Normal);

        await AssertSubmissionRefusedAsync(
            HelpdeskError.InvalidDepartment,
            email => new NewTicket(email, CustomerName, UnknownId, priority.Id, "Subject", "Message"));
    }

    [Fact]
    public async Task Submitting_with_an_unknown_priority_is_refused_with_minus_9()
    {
        var department = await DepartmentAsync(DemoData.GeneralSupport);

        await AssertSubmissionRefusedAsync(
            HelpdeskError.InvalidPriority,
            email => new NewTicket(email, CustomerName, department.Id, UnknownId, "Subject", "Message"));
    }

    [Theory]
    [InlineData("", "Message", CustomerName)]
    [InlineData("   ", "Message", CustomerName)]
    [InlineData("Subject", "", CustomerName)]
    [InlineData("Subject", " \n ", CustomerName)]
    [InlineData("Subject", "Message", "")]
    public async Task Submitting_without_subject_message_or_name_is_refused_with_minus_10(string subject, string message, string fullName)
    {
        var department = await DepartmentAsync(DemoData.GeneralSupport);
        var priority = await PriorityAsync(DemoData.Normal);

        await AssertSubmissionRefusedAsync(
            HelpdeskError.MissingTicketInformation,
            email => new NewTicket(email, fullName, department.Id, priority.Id, subject, message));
    }

    /// <summary>
    /// Submits as a customer who already has one ticket, expects the refusal, and checks that it left
    /// no ticket behind.
    /// </summary>
    private async Task<HelpdeskException> AssertSubmissionRefusedAsync(HelpdeskError expected, Func<string, NewTicket> ticketFor)
    {
        var email = FreshEmail();
        await SubmitGeneralAsync(email);

        var refusal = await Refused.WithAsync(expected, () => Helpdesk.SubmitTicketAsync(ticketFor(email)));

        Assert.Equal(1, await Helpdesk.GetTotalSubmittedTicketsAsync(email));
        return refusal;
    }
}
