namespace SupportPortal.Helpdesk.ContractTests;

public abstract partial class HelpdeskContractTests<TFixture>
{
    private const string MultiLineSteps = "1. Open the widget\n2. Click \"Sync\"\n\n3. Watch it crash, twice";

    [Fact]
    public async Task Values_of_all_seven_field_types_round_trip_through_submit()
    {
        var technical = await TechnicalSupportAsync();
        var email = FreshEmail();
        var answers = new Dictionary<string, string[]>
        {
            [DemoData.ProductVersion] = ["4.2.0-beta, build 7"],
            [DemoData.StepsToReproduce] = [MultiLineSteps],
            [DemoData.AccountPin] = ["0042-secret"],
            [DemoData.AffectedPlatforms] = ["Windows", "Linux, Debian-based"],
            [DemoData.Severity] = ["High impact"],
            [DemoData.Product] = ["Widget Cloud"],
            [DemoData.Modules] = ["Billing", "API"],
        };

        var submitted = await Helpdesk.SubmitTicketAsync(technical.Ticket(
            email, [.. answers.Select(a => new CustomFieldAnswer(technical[a.Key].Id, a.Value))]));

        var ticket = await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id);
        foreach (var (title, values) in answers)
        {
            AssertSameValues(values, ValuesOf(ticket, technical[title]));
        }

        var group = Named(ticket.CustomFields, g => g.Title, DemoData.TechnicalDetails, "ticket custom field group");
        Assert.Equal(CustomFieldType.SelectMultiple, Assert.Single(group.Fields, f => f.Id == technical[DemoData.Modules].Id).Type);
        Assert.Equal(DemoData.Modules, Assert.Single(group.Fields, f => f.Id == technical[DemoData.Modules].Id).Name);
    }

    [Fact]
    public async Task Setting_a_value_replaces_it_for_every_field_type()
    {
        var technical = await TechnicalSupportAsync();
        var email = FreshEmail();
        var submitted = await Helpdesk.SubmitTicketAsync(technical.Ticket(
            email,
            [
                .. technical.RequiredAnswers(),
                new CustomFieldAnswer(technical[DemoData.AffectedPlatforms].Id, ["Windows"]),
                new CustomFieldAnswer(technical[DemoData.Modules].Id, ["Billing"]),
            ]));
        var changes = new Dictionary<string, string[]>
        {
            [DemoData.ProductVersion] = ["5.0.1"],
            [DemoData.StepsToReproduce] = [MultiLineSteps],
            [DemoData.AccountPin] = ["9999-new"],
            [DemoData.AffectedPlatforms] = ["macOS", "Linux, Debian-based"],
            [DemoData.Severity] = ["Low impact"],
            [DemoData.Product] = ["Widget Lite"],
            [DemoData.Modules] = ["Reporting", "API"],
        };

        foreach (var (title, values) in changes)
        {
            await Helpdesk.SetCustomFieldValueAsync(email, submitted.Id, technical[title].Id, values);
        }

        var ticket = await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id);
        foreach (var (title, values) in changes)
        {
            AssertSameValues(values, ValuesOf(ticket, technical[title]));
        }
    }

    [Fact]
    public async Task Clearing_an_optional_field_leaves_it_without_a_value()
    {
        var technical = await TechnicalSupportAsync();
        var email = FreshEmail();
        var submitted = await Helpdesk.SubmitTicketAsync(technical.Ticket(
            email, [.. technical.RequiredAnswers(), new CustomFieldAnswer(technical[DemoData.Modules].Id, ["API"])]));

        await Helpdesk.SetCustomFieldValueAsync(email, submitted.Id, technical[DemoData.Modules].Id, []);

        Assert.Empty(ValuesOf(await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id), technical[DemoData.Modules]));
    }

    [Fact]
    public async Task Submitting_an_unknown_custom_field_is_refused_with_minus_24()
    {
        var technical = await TechnicalSupportAsync();

        var refusal = await AssertSubmissionRefusedAsync(
            HelpdeskError.CustomFieldNotFound,
            email => technical.Ticket(email, [.. technical.RequiredAnswers(), new CustomFieldAnswer(UnknownId, "x")]));

        Assert.Equal(UnknownId, refusal.FieldId);
    }

    [Fact]
    public async Task Submitting_a_field_of_another_department_is_refused_with_minus_24()
    {
        var technical = await TechnicalSupportAsync();
        var billing = await DepartmentAsync(DemoData.Billing);
        var billingText = (await Helpdesk.GetDepartmentCustomFieldsAsync(billing.Id))
            .SelectMany(g => g.Fields).First(f => f.Type == CustomFieldType.Text);

        var refusal = await AssertSubmissionRefusedAsync(
            HelpdeskError.CustomFieldNotFound,
            email => technical.Ticket(email, [.. technical.RequiredAnswers(), new CustomFieldAnswer(billingText.Id, "INV-1")]));

        Assert.Equal(billingText.Id, refusal.FieldId);
    }

    [Theory]
    [InlineData(DemoData.ProductVersion, null)]
    [InlineData(DemoData.ProductVersion, "")]
    [InlineData(DemoData.ProductVersion, "   ")]
    [InlineData(DemoData.Severity, null)]
    [InlineData(DemoData.Severity, "")]
    public async Task Submitting_without_a_required_field_is_refused_with_minus_25(string fieldTitle, string? value)
    {
        var technical = await TechnicalSupportAsync();
        var field = technical[fieldTitle];
        CustomFieldAnswer[] answers =
        [
            .. technical.RequiredAnswers().Where(a => a.FieldId != field.Id),
            .. value is null ? Array.Empty<CustomFieldAnswer>() : [new CustomFieldAnswer(field.Id, value)],
        ];

        var refusal = await AssertSubmissionRefusedAsync(
            HelpdeskError.RequiredCustomFieldEmpty, email => technical.Ticket(email, answers));

        Assert.Equal(field.Id, refusal.FieldId);
    }

    [Theory]
    [InlineData(DemoData.Severity, new[] { "Catastrophic" })]
    [InlineData(DemoData.Severity, new[] { "Low impact", "High impact" })]
    [InlineData(DemoData.Product, new[] { "Widget Max" })]
    [InlineData(DemoData.Product, new[] { "Widget Pro", "Widget Lite" })]
    [InlineData(DemoData.AffectedPlatforms, new[] { "Windows", "BeOS" })]
    [InlineData(DemoData.AffectedPlatforms, new[] { "Linux", "Debian-based" })]
    [InlineData(DemoData.Modules, new[] { "Payroll" })]
    public async Task Submitting_a_value_the_field_does_not_offer_is_refused(string fieldTitle, string[] values)
    {
        var technical = await TechnicalSupportAsync();
        var field = technical[fieldTitle];

        var refusal = await AssertSubmissionRefusedAsync(
            HelpdeskError.InvalidCustomFieldValue,
            email => technical.Ticket(email, [.. technical.RequiredAnswers().Where(a => a.FieldId != field.Id), new CustomFieldAnswer(field.Id, values)]));

        Assert.Equal(field.Id, refusal.FieldId);
    }

    [Fact]
    public async Task Setting_an_unknown_field_is_refused_with_minus_24()
    {
        var technical = await TechnicalSupportAsync();
        var email = FreshEmail();
        var submitted = await SubmitTechnicalAsync(email, technical);
        var billing = await DepartmentAsync(DemoData.Billing);
        var billingText = (await Helpdesk.GetDepartmentCustomFieldsAsync(billing.Id))
            .SelectMany(g => g.Fields).First(f => f.Type == CustomFieldType.Text);

        await Refused.WithAsync(HelpdeskError.CustomFieldNotFound, () => Helpdesk.SetCustomFieldValueAsync(email, submitted.Id, UnknownId, ["x"]));
        await Refused.WithAsync(HelpdeskError.CustomFieldNotFound, () => Helpdesk.SetCustomFieldValueAsync(email, submitted.Id, billingText.Id, ["INV-1"]));
    }

    [Theory]
    [InlineData(DemoData.ProductVersion, new string[0])]
    [InlineData(DemoData.ProductVersion, new[] { "" })]
    [InlineData(DemoData.Severity, new string[0])]
    public async Task Emptying_a_required_field_is_refused_with_minus_25_and_keeps_its_value(string fieldTitle, string[] values)
    {
        var technical = await TechnicalSupportAsync();
        var email = FreshEmail();
        var submitted = await SubmitTechnicalAsync(email, technical);
        var field = technical[fieldTitle];
        var before = ValuesOf(await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id), field);

        var refusal = await Refused.WithAsync(
            HelpdeskError.RequiredCustomFieldEmpty, () => Helpdesk.SetCustomFieldValueAsync(email, submitted.Id, field.Id, values));

        Assert.Equal(field.Id, refusal.FieldId);
        Assert.Equal(before, ValuesOf(await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id), field));
    }

    [Theory]
    [InlineData(DemoData.Severity, new[] { "Catastrophic" })]
    [InlineData(DemoData.Severity, new[] { "Low impact", "High impact" })]
    [InlineData(DemoData.Product, new[] { "Widget Max" })]
    [InlineData(DemoData.AffectedPlatforms, new[] { "Linux" })]
    [InlineData(DemoData.Modules, new[] { "API", "Payroll" })]
    public async Task Setting_a_value_the_field_does_not_offer_is_refused_and_keeps_its_value(string fieldTitle, string[] values)
    {
        var technical = await TechnicalSupportAsync();
        var email = FreshEmail();
        var submitted = await SubmitTechnicalAsync(email, technical);
        var field = technical[fieldTitle];
        var before = ValuesOf(await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id), field);

        var refusal = await Refused.WithAsync(
            HelpdeskError.InvalidCustomFieldValue, () => Helpdesk.SetCustomFieldValueAsync(email, submitted.Id, field.Id, values));

        Assert.Equal(field.Id, refusal.FieldId);
        Assert.Equal(before, ValuesOf(await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id), field));
    }

    [Fact]
    public async Task Setting_a_field_of_an_unknown_ticket_is_refused_with_minus_13()
    {
        var technical = await TechnicalSupportAsync();
        var email = FreshEmail();
        await SubmitTechnicalAsync(email, technical);

        await Refused.WithAsync(
            HelpdeskError.TicketNotFound,
            () => Helpdesk.SetCustomFieldValueAsync(email, UnknownId, technical[DemoData.ProductVersion].Id, ["1.0"]));
    }
}
