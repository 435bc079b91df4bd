namespace SupportPortal.Helpdesk.ContractTests;

/// <summary>Every per-customer call refuses an unusable address with -2 (the rule is <see cref="CustomerEmail"/>).</summary>
public abstract partial class HelpdeskContractTests<TFixture>
{
    public static TheoryData<string> InvalidEmails { get; } =
    [
        "",
        "not-an-email",
        "alice@",
        "alice@localhost",
        "Alice Customer <alice@example.com>",
        " alice@example.com",
    ];

    [Theory]
    [MemberData(nameof(InvalidEmails))]
    public async Task Counting_the_tickets_of_an_invalid_address_is_refused_with_minus_2(string email)
    {
        await Refused.WithAsync(HelpdeskError.InvalidEmail, () => Helpdesk.GetTotalSubmittedTicketsAsync(email));
    }

    [Theory]
    [MemberData(nameof(InvalidEmails))]
    public async Task Listing_the_tickets_of_an_invalid_address_is_refused_with_minus_2(string email)
    {
        await Refused.WithAsync(HelpdeskError.InvalidEmail, () => Helpdesk.GetSubmittedTicketsAsync(email, TicketQuery.Default));
    }

    [Theory]
    [MemberData(nameof(InvalidEmails))]
    public async Task Reading_a_ticket_with_an_invalid_address_is_refused_with_minus_2(string email)
    {
        var ticketId = await AlicesFirstTicketIdAsync();

        await Refused.WithAsync(HelpdeskError.InvalidEmail, () => Helpdesk.GetSubmittedTicketAsync(email, ticketId));
    }

    [Theory]
    [MemberData(nameof(InvalidEmails))]
    public async Task Submitting_with_an_invalid_address_is_refused_with_minus_2(string email)
    {
        var department = await DepartmentAsync(DemoData.GeneralSupport);
        var priority = await PriorityAsync(DemoData.Normal);

        await Refused.WithAsync(
            HelpdeskError.InvalidEmail,
            () => Helpdesk.SubmitTicketAsync(new NewTicket(email, CustomerName, department.Id, priority.Id, "Subject", "Message")));
    }

    [Theory]
    [MemberData(nameof(InvalidEmails))]
    public async Task Replying_with_an_invalid_address_is_refused_with_minus_2(string email)
    {
        var ticketId = await AlicesFirstTicketIdAsync();

        await Refused.WithAsync(HelpdeskError.InvalidEmail, () => Helpdesk.PostTicketReplyAsync(email, ticketId, new NewReply("Hello")));
    }

    [Theory]
    [MemberData(nameof(InvalidEmails))]
    public async Task Updating_properties_with_an_invalid_address_is_refused_with_minus_2(string email)
    {
        var ticketId = await AlicesFirstTicketIdAsync();
        var closed = await StatusAsync(DemoData.Closed);

        await Refused.WithAsync(HelpdeskError.InvalidEmail, () => Helpdesk.UpdateTicketPropertiesAsync(email, ticketId, closed.Id, null));
    }

    [Theory]
    [MemberData(nameof(InvalidEmails))]
    public async Task Setting_a_custom_field_with_an_invalid_address_is_refused_with_minus_2(string email)
    {
        var technical = await TechnicalSupportAsync();
        var owner = FreshEmail();
        var submitted = await SubmitTechnicalAsync(owner, technical);

        await Refused.WithAsync(
            HelpdeskError.InvalidEmail,
            () => Helpdesk.SetCustomFieldValueAsync(email, submitted.Id, technical[DemoData.ProductVersion].Id, ["9.9"]));
    }

    [Theory]
    [MemberData(nameof(InvalidEmails))]
    public async Task Downloading_an_attachment_with_an_invalid_address_is_refused_with_minus_2(string email)
    {
        var owner = FreshEmail();
        var submitted = await SubmitGeneralAsync(owner, attachments: [Upload("a.txt", "text/plain", "a"u8.ToArray())]);
        var attachmentId = (await Helpdesk.GetSubmittedTicketAsync(owner, submitted.Id)).Posts[0].Attachments.Single().Id;

        await Refused.WithAsync(HelpdeskError.InvalidEmail, () => Helpdesk.GetTicketAttachmentAsync(email, submitted.Id, attachmentId));
    }

    [Theory]
    [MemberData(nameof(InvalidEmails))]
    public async Task Changing_from_or_to_an_invalid_address_is_refused_with_minus_2(string email)
    {
        var customer = FreshEmail();
        await SubmitGeneralAsync(customer);

        await Refused.WithAsync(HelpdeskError.InvalidEmail, () => Helpdesk.UpdateEmailAddressAsync(email, FreshEmail()));
        await Refused.WithAsync(HelpdeskError.InvalidEmail, () => Helpdesk.UpdateEmailAddressAsync(customer, email));
        Assert.Equal(1, await Helpdesk.GetTotalSubmittedTicketsAsync(customer));
    }

    private async Task<int> AlicesFirstTicketIdAsync() =>
        (await Helpdesk.GetSubmittedTicketsAsync(DemoData.Alice, TicketQuery.Default))[0].Id;
}
