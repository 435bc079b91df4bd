namespace SupportPortal.Helpdesk.ContractTests;

public abstract partial class HelpdeskContractTests<TFixture>
{
    [Fact]
    public async Task Departments_include_the_demo_ones_with_General_Support_the_only_default()
    {
        var departments = await Helpdesk.GetDepartmentsAsync();

        foreach (var title in new[] { DemoData.GeneralSupport, DemoData.TechnicalSupport, DemoData.Billing })
        {
            Assert.True(Named(departments, d => d.Title, title, "department").IsPublic, $"\"{title}\" should be public.");
        }

        Assert.Equal(DemoData.GeneralSupport, Assert.Single(departments, d => d.IsDefault).Title);
        Assert.Equal(departments.Count, departments.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public async Task Priorities_include_Low_Normal_and_Urgent_in_colours()
    {
        var priorities = await Helpdesk.GetPrioritiesAsync();

        foreach (var title in new[] { DemoData.Low, DemoData.Normal, DemoData.Urgent })
        {
            var priority = Named(priorities, p => p.Title, title, "priority");
            AssertColour(priority.ForeColor, $"{title}'s text");
            Assert.False(string.IsNullOrWhiteSpace(priority.BackColor), $"{title} should have a background colour or \"inherit\".");
        }

        Assert.Equal(priorities.Count, priorities.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public async Task Statuses_include_Open_In_Progress_and_Closed_in_colours()
    {
        var statuses = await Helpdesk.GetStatusesAsync();

        foreach (var title in new[] { DemoData.Open, DemoData.InProgress, DemoData.Closed })
        {
            var status = Named(statuses, s => s.Title, title, "status");
            AssertColour(status.ForeColor, $"{title}'s text");
            Assert.False(string.IsNullOrWhiteSpace(status.BackColor), $"{title} should have a background colour or \"inherit\".");
        }

        Assert.Equal(statuses.Count, statuses.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public async Task Technical_Support_asks_one_field_of_each_type_in_display_order()
    {
        var department = await DepartmentAsync(DemoData.TechnicalSupport);
        var groups = await Helpdesk.GetDepartmentCustomFieldsAsync(department.Id);
        var fields = Named(groups, g => g.Title, DemoData.TechnicalDetails, "custom field group").Fields;

        Assert.Equal(groups.Select(g => g.DisplayOrder).Order(), groups.Select(g => g.DisplayOrder));
        Assert.Equal(fields.Select(f => f.DisplayOrder).Order(), fields.Select(f => f.DisplayOrder));
        var expectedTypes = new Dictionary<string, CustomFieldType>
        {
            [DemoData.ProductVersion] = CustomFieldType.Text,
            [DemoData.StepsToReproduce] = CustomFieldType.TextArea,
            [DemoData.AccountPin] = CustomFieldType.Password,
            [DemoData.AffectedPlatforms] = CustomFieldType.Checkbox,
            [DemoData.Severity] = CustomFieldType.Radio,
            [DemoData.Product] = CustomFieldType.Select,
            [DemoData.Modules] = CustomFieldType.SelectMultiple,
        };
        foreach (var (title, type) in expectedTypes)
        {
            Assert.Equal(type, Named(fields, f => f.Title, title, "field").Type);
        }

        Assert.True(Named(fields, f => f.Title, DemoData.ProductVersion, "field").IsRequired, "\"Product version\" should be required.");
        Assert.True(Named(fields, f => f.Title, DemoData.Severity, "field").IsRequired, "\"Severity\" should be required.");
        Assert.Equal(fields.Count, fields.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public async Task Choice_fields_offer_their_options_in_order_with_their_preselections()
    {
        var technical = await TechnicalSupportAsync();

        AssertOptions(technical[DemoData.AffectedPlatforms], CustomFieldType.Checkbox, DemoData.PlatformOptions);
        AssertOptions(technical[DemoData.Severity], CustomFieldType.Radio, DemoData.SeverityOptions);
        AssertOptions(technical[DemoData.Product], CustomFieldType.Select, DemoData.ProductOptions);
        AssertOptions(technical[DemoData.Modules], CustomFieldType.SelectMultiple, DemoData.ModuleOptions);
        foreach (var title in new[] { DemoData.ProductVersion, DemoData.StepsToReproduce, DemoData.AccountPin })
        {
            Assert.Empty(technical[title].Options);
        }
    }

    [Fact]
    public async Task Billing_has_its_own_group_with_a_select_and_a_text_field()
    {
        var billing = await DepartmentAsync(DemoData.Billing);
        var groups = await Helpdesk.GetDepartmentCustomFieldsAsync(billing.Id);

        Assert.DoesNotContain(groups, g => g.Title == DemoData.TechnicalDetails);
        Assert.Contains(groups, g =>
            g.Fields.Any(f => f.Type == CustomFieldType.Select && f.Options.Count > 0)
            && g.Fields.Any(f => f.Type == CustomFieldType.Text));
    }

    private static void AssertOptions(CustomField field, CustomFieldType type, IReadOnlyList<string> expected)
    {
        Assert.Equal(type, field.Type);
        Assert.Equal(expected, field.Options.Select(o => o.Text));
        Assert.True(
            field.Options.Select(o => o.Order).SequenceEqual(field.Options.Select(o => o.Order).Order()),
            $"\"{field.Title}\" should list its options by their display order.");
        if (!field.IsMultiValued)
        {
            Assert.True(field.Options.Count(o => o.Selected) <= 1, $"\"{field.Title}\" takes one value, so at most one option is preselected.");
        }
    }

    private static void AssertColour(string colour, string what) =>
        Assert.True(
            !string.IsNullOrWhiteSpace(colour) && colour != TicketColors.Inherit,
            $"{what} colour should be set, but is \"{colour}\".");
}
