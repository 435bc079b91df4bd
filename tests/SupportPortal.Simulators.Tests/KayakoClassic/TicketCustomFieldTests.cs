using System.Net;
using System.Xml.Linq;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

public sealed class TicketCustomFieldTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private const string ProductVersion = "pv4k8x2m9qz1";
    private const string AccountPin = "ap2n6v8k4hy3";
    private const string Platforms = "af9p1l5t7xw2";
    private const string Severity = "sv3e8r6i2ty5";
    private const string Product = "pd5r7o1d9ct4";
    private const string Modules = "md8l2s4e6qu7";

    private KayakoTestClient Client => fixture.Client;

    private async Task<string> NewTechnicalTicketAsync()
    {
        var form = TicketTests.NewTicketForm($"f{Guid.NewGuid():N}@example.com").Select(f => f.Name == "departmentid" ? (f.Name, "2") : f).ToArray();
        return Assert.Single((await Client.PostAsync("/Tickets/Ticket", form)).Xml().Elements("ticket")).Attribute("id")!.Value;
    }

    private static string ValueOf(XElement customFields, string title) =>
        customFields.Descendants("field").Single(f => (string)f.Attribute("title")! == title).Value;

    [Fact]
    public async Task A_new_API_ticket_shows_its_departments_groups_with_empty_fields()
    {
        var id = await NewTechnicalTicketAsync();

        var groups = (await Client.GetAsync("/Tickets/TicketCustomField/" + id)).Xml().Elements("group").ToList();

        Assert.Equal(["Technical details", "Internal triage"], groups.Select(g => (string)g.Attribute("title")!));
        var fields = groups[0].Elements("field").ToList();
        Assert.Equal(7, fields.Count);
        Assert.All(fields, f => Assert.Empty(f.Value));
        Assert.Equal(["id", "title", "type", "name"], fields[0].Attributes().Select(a => a.Name.LocalName));
    }

    [Fact]
    public async Task Choice_fields_take_option_ids_and_read_back_as_texts()
    {
        var id = await NewTechnicalTicketAsync();

        var result = (await Client.PostAsync(
            "/Tickets/TicketCustomField/" + id,
            (ProductVersion, "4.2.0"), (Severity, "5"), (Product, "8"), (Platforms + "[]", "1"), (Platforms + "[]", "3"),
            (Modules + "[]", "10"), (Modules + "[]", "12"), (AccountPin, "1234"))).Xml();

        Assert.Equal("4.2.0", ValueOf(result, "Product version"));
        Assert.Equal("Medium impact", ValueOf(result, "Severity"));
        Assert.Equal("Widget Lite", ValueOf(result, "Product"));
        Assert.Equal("Windows, Linux\\, Debian-based", ValueOf(result, "Affected platforms"));
        Assert.Equal("Billing, API", ValueOf(result, "Modules"));
        Assert.Equal("1234", ValueOf(result, "Account PIN"));
        Assert.Equal(result.ToString(), (await Client.GetAsync("/Tickets/TicketCustomField/" + id)).Xml().ToString());
    }

    [Fact]
    public async Task Every_required_field_must_be_in_the_request_even_to_change_another_one()
    {
        var id = await NewTechnicalTicketAsync();

        var response = await Client.PostAsync("/Tickets/TicketCustomField/" + id, (Product, "9"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal($"Custom Field Data is Invalid: {ProductVersion}, {Severity}", response.Body);
    }

    [Fact]
    public async Task A_blank_required_field_is_refused()
    {
        var id = await NewTechnicalTicketAsync();

        var response = await Client.PostAsync("/Tickets/TicketCustomField/" + id, (ProductVersion, "  "), (Severity, "4"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal($"Custom Field Data is Invalid: {ProductVersion}", response.Body);
    }

    [Fact]
    public async Task Only_the_fields_in_the_request_change()
    {
        var id = await NewTechnicalTicketAsync();
        await Client.PostAsync("/Tickets/TicketCustomField/" + id, (ProductVersion, "1.0"), (Severity, "4"), (AccountPin, "9999"));

        var result = (await Client.PostAsync("/Tickets/TicketCustomField/" + id, (ProductVersion, "2.0"), (Severity, "6"))).Xml();

        Assert.Equal("2.0", ValueOf(result, "Product version"));
        Assert.Equal("High impact", ValueOf(result, "Severity"));
        Assert.Equal("9999", ValueOf(result, "Account PIN"));
    }

    [Fact]
    public async Task A_text_sent_to_a_select_is_stored_and_shown_as_given()
    {
        var id = await NewTechnicalTicketAsync();

        var result = (await Client.PostAsync("/Tickets/TicketCustomField/" + id, (ProductVersion, "1.0"), (Severity, "4"), (Product, "Widget Pro"))).Xml();

        Assert.Equal("Widget Pro", ValueOf(result, "Product"));
    }

    [Fact]
    public async Task A_seeded_support_center_ticket_shows_only_its_linked_customer_group()
    {
        var result = (await Client.GetAsync("/Tickets/TicketCustomField/2")).Xml();

        var group = Assert.Single(result.Elements("group"));
        Assert.Equal("Technical details", (string)group.Attribute("title")!);
        Assert.NotEmpty(ValueOf(result, "Product version"));
        Assert.NotEmpty(ValueOf(result, "Severity"));
    }

    [Fact]
    public async Task A_ticket_without_groups_has_an_empty_list()
    {
        var result = (await Client.GetAsync("/Tickets/TicketCustomField/1")).Xml();

        Assert.Empty(result.Elements());
    }

    [Fact]
    public async Task Posting_values_to_an_unknown_ticket_is_404()
    {
        var response = await Client.PostAsync("/Tickets/TicketCustomField/987654", (ProductVersion, "1.0"));

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("Ticket not Found", response.Body);
    }
}
