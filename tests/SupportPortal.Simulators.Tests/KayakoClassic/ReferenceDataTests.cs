using System.Net;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

public sealed class ReferenceDataTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private KayakoTestClient Client => fixture.Client;

    [Fact]
    public async Task Departments_have_the_documented_elements_and_no_default_flag()
    {
        var departments = (await Client.GetAsync("/Base/Department")).Xml().Elements("department").ToList();

        Assert.All(departments, d => Assert.Equal(
            ["id", "title", "type", "module", "app", "displayorder", "parentdepartmentid", "uservisibilitycustom", "usergroups"],
            d.ChildNames()));
        Assert.Equal(
            ["General Support", "Technical Support", "Billing"],
            departments.Where(d => d.Value("app") == "tickets").OrderBy(d => d.Int("displayorder")).Select(d => d.Value("title")));
        Assert.Contains(departments, d => d.Value("app") == "livechat");
    }

    [Fact]
    public async Task One_department_by_id_is_a_one_item_list()
    {
        var department = Assert.Single((await Client.GetAsync("/Base/Department/2")).Xml().Elements("department"));

        Assert.Equal("Technical Support", department.Value("title"));
    }

    [Fact]
    public async Task Only_Closed_is_marked_as_resolved()
    {
        var statuses = (await Client.GetAsync("/Tickets/TicketStatus")).Xml().Elements("ticketstatus").ToList();

        Assert.Equal(["Open", "In Progress", "Closed"], statuses.Select(s => s.Value("title")));
        Assert.Equal(["Closed"], statuses.Where(s => s.Value("markasresolved") == "1").Select(s => s.Value("title")));
        Assert.All(statuses, s => Assert.StartsWith("#", s.Value("statuscolor")));
        Assert.Equal(
            ["id", "title", "displayorder", "departmentid", "displayicon", "type", "displayinmainlist", "markasresolved", "displaycount",
             "statuscolor", "statusbgcolor", "resetduetime", "triggersurvey", "staffvisibilitycustom"],
            statuses[0].ChildNames());
    }

    [Fact]
    public async Task Priorities_carry_text_and_background_colours()
    {
        var priorities = (await Client.GetAsync("/Tickets/TicketPriority")).Xml().Elements("ticketpriority").ToList();

        Assert.Equal(["Low", "Normal", "Urgent"], priorities.Select(p => p.Value("title")));
        Assert.All(priorities, p => Assert.Matches("^#[0-9a-f]{6}$", p.Value("frcolorcode")));
        Assert.All(priorities, p => Assert.Matches("^#[0-9a-f]{6}$", p.Value("bgcolorcode")));
    }

    [Fact]
    public async Task Ticket_types_are_listed_for_ticket_creation()
    {
        var types = (await Client.GetAsync("/Tickets/TicketType")).Xml().Elements("tickettype").Select(t => t.Value("title"));

        Assert.Contains("Issue", types);
    }

    [Fact]
    public async Task An_unknown_status_id_gives_an_empty_list_not_an_error()
    {
        var response = await Client.GetAsync("/Tickets/TicketStatus/999");

        Assert.Empty(response.Xml().Elements());
    }

    [Fact]
    public async Task Technical_Support_groups_include_a_staff_only_group_told_apart_by_its_type()
    {
        var groups = (await Client.GetAsync("/Base/CustomFieldGroup/2")).Xml().Elements("customfieldgroup").ToList();

        Assert.Equal(["Technical details", "Internal triage"], groups.Select(g => (string)g.Attribute("title")!));
        Assert.Equal(["9", "3"], groups.Select(g => (string)g.Attribute("grouptype")!));
        Assert.All(groups, g => Assert.Equal("2", (string)g.Attribute("departmentid")!));
    }

    [Fact]
    public async Task Technical_details_has_one_field_of_each_Integration_API_type_as_attributes()
    {
        var fields = (await Client.GetAsync("/Base/CustomField")).Xml().Elements("customfield")
            .Where(f => (string)f.Attribute("customfieldgroupid")! == "1")
            .ToList();

        Assert.Equal(
            [("Product version", "1", "1"), ("Steps to reproduce", "2", "0"), ("Account PIN", "3", "0"), ("Affected platforms", "4", "0"),
             ("Severity", "5", "1"), ("Product", "6", "0"), ("Modules", "7", "0")],
            fields.Select(f => ((string)f.Attribute("title")!, (string)f.Attribute("fieldtype")!, (string)f.Attribute("isrequired")!)));
        Assert.All(fields, f => Assert.Matches("^[a-z0-9]{12}$", (string)f.Attribute("fieldname")!));
        Assert.All(fields, f => Assert.Equal("9", (string)f.Attribute("grouptype")!));
    }

    [Fact]
    public async Task ListOptions_gives_option_ids_and_texts_in_display_order()
    {
        var options = (await Client.GetAsync("/Base/CustomField/ListOptions/4")).Xml().Elements("option").ToList();

        Assert.Equal(["Windows", "macOS", "Linux, Debian-based"], options.Select(o => (string)o.Attribute("optionvalue")!));
        Assert.Equal(["1", "2", "3"], options.Select(o => (string)o.Attribute("customfieldoptionid")!));
        Assert.All(options, o => Assert.Equal("4", (string)o.Attribute("customfieldid")!));
    }

    [Fact]
    public async Task ListOptions_without_a_field_id_is_400()
    {
        var response = await Client.GetAsync("/Base/CustomField/ListOptions");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("No Custom Field ID Provided", response.Body);
    }
}
