using System.Net;
using System.Xml.Linq;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

public sealed class TicketTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private KayakoTestClient Client => fixture.Client;

    public static (string Name, string Value)[] NewTicketForm(string email) =>
    [
        ("subject", "Printer on fire"), ("fullname", "Casey Customer"), ("email", email), ("contents", "It smells of smoke."),
        ("departmentid", "1"), ("ticketstatusid", "1"), ("ticketpriorityid", "2"), ("tickettypeid", "1"), ("autouserid", "1"),
    ];

    private static string FreshEmail() => $"t{Guid.NewGuid():N}@example.com";

    private async Task<XElement> CreateAsync(params (string Name, string Value)[] form) =>
        Assert.Single((await Client.PostAsync("/Tickets/Ticket", form)).Xml().Elements("ticket"));

    [Fact]
    public async Task One_ticket_comes_with_its_posts_oldest_first()
    {
        var ticket = Assert.Single((await Client.GetAsync("/Tickets/Ticket/1")).Xml().Elements("ticket"));

        var posts = ticket.Element("posts")!.Elements("post").ToList();
        Assert.True(posts.Count >= 2);
        Assert.Equal("0", posts[0].Value("staffid"));
        Assert.NotEqual("0", posts[1].Value("staffid"));
        Assert.Equal(posts.Select(p => p.Int("dateline")).Order(), posts.Select(p => p.Int("dateline")));
        Assert.Equal(
            ["id", "ticketpostid", "ticketid", "dateline", "userid", "fullname", "email", "emailto", "ipaddress", "hasattachments",
             "creator", "isthirdparty", "ishtml", "isemailed", "staffid", "issurveycomment", "contents", "isprivate"],
            posts[0].ChildNames());
    }

    [Fact]
    public async Task A_ticket_is_found_by_its_mask_too()
    {
        var byId = Assert.Single((await Client.GetAsync("/Tickets/Ticket/3")).Xml().Elements("ticket"));

        var byMask = Assert.Single((await Client.GetAsync("/Tickets/Ticket/" + byId.Value("displayid"))).Xml().Elements("ticket"));

        Assert.Equal("3", byMask.Attribute("id")!.Value);
    }

    [Fact]
    public async Task Unknown_ticket_is_404_Ticket_not_Found()
    {
        var response = await Client.GetAsync("/Tickets/Ticket/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("Ticket not Found", response.Body);
    }

    [Fact]
    public async Task Creating_with_autouserid_creates_the_customer_and_the_first_post()
    {
        var email = FreshEmail();

        var ticket = await CreateAsync(NewTicketForm(email));

        Assert.Equal("4", ticket.Value("creationmode"));
        Assert.Equal("Printer on fire", ticket.Value("subject"));
        var post = Assert.Single(ticket.Element("posts")!.Elements("post"));
        Assert.Equal("It smells of smoke.", post.Value("contents"));
        var user = Assert.Single((await Client.PostAsync("/Base/UserSearch", ("query", email))).Xml().Elements("user"));
        Assert.Equal(user.Value("id"), ticket.Value("userid"));
        Assert.Equal("Casey Customer", user.Value("fullname"));
    }

    [Fact]
    public async Task Creating_twice_with_the_same_email_reuses_the_customer()
    {
        var email = FreshEmail();

        var first = await CreateAsync(NewTicketForm(email));
        var second = await CreateAsync(NewTicketForm(email));

        Assert.Equal(first.Value("userid"), second.Value("userid"));
        Assert.NotEqual(first.Attribute("id")!.Value, second.Attribute("id")!.Value);
    }

    [Theory]
    [InlineData("subject", "Subject is empty")]
    [InlineData("fullname", "Fullname is empty")]
    [InlineData("email", "Email is empty")]
    [InlineData("contents", "Contents is empty")]
    [InlineData("departmentid", "Department ID is empty")]
    [InlineData("ticketstatusid", "Ticket Status ID is empty")]
    [InlineData("ticketpriorityid", "Ticket Priority ID is empty")]
    [InlineData("tickettypeid", "Ticket Type ID is empty")]
    [InlineData("autouserid", "Staff ID, User ID and Auto User ID values are empty or not provided")]
    public async Task Creating_without_a_required_field_is_400_naming_it(string omitted, string message)
    {
        var response = await Client.PostAsync("/Tickets/Ticket", NewTicketForm(FreshEmail()).Where(f => f.Name != omitted).ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(message, response.Body);
    }

    [Fact]
    public async Task Creating_in_a_live_chat_department_is_refused()
    {
        var form = NewTicketForm(FreshEmail()).Select(f => f.Name == "departmentid" ? (f.Name, "4") : f).ToArray();

        var response = await Client.PostAsync("/Tickets/Ticket", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Department App is not Tickets", response.Body);
    }

    [Fact]
    public async Task Creating_for_a_userid_needs_one_of_that_users_addresses()
    {
        var form = NewTicketForm("mallory@example.com").Where(f => f.Name != "autouserid").Append(("userid", "1")).ToArray();

        var response = await Client.PostAsync("/Tickets/Ticket", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("User Email is Invalid", response.Body);
    }

    [Fact]
    public async Task Custom_field_values_in_the_creation_form_are_ignored()
    {
        var form = NewTicketForm(FreshEmail()).Select(f => f.Name == "departmentid" ? (f.Name, "2") : f).Append(("pv4k8x2m9qz1", "9.9.9")).ToArray();

        var ticket = await CreateAsync(form);

        var fields = (await Client.GetAsync("/Tickets/TicketCustomField/" + ticket.Attribute("id")!.Value)).Xml().Descendants("field");
        Assert.Equal(string.Empty, fields.Single(f => (string)f.Attribute("title")! == "Product version").Value);
    }

    [Fact]
    public async Task PUT_changes_status_and_priority()
    {
        var id = (await CreateAsync(NewTicketForm(FreshEmail()))).Attribute("id")!.Value;

        var updated = Assert.Single((await Client.PutAsync("/Tickets/Ticket/" + id, ("ticketstatusid", "3"), ("ticketpriorityid", "3"))).Xml().Elements("ticket"));

        Assert.Equal("3", updated.Value("statusid"));
        Assert.Equal("3", updated.Value("priorityid"));
        Assert.NotNull(updated.Element("posts"));
    }

    [Fact]
    public async Task PUT_ignores_an_unknown_status_without_an_error()
    {
        var id = (await CreateAsync(NewTicketForm(FreshEmail()))).Attribute("id")!.Value;

        var updated = Assert.Single((await Client.PutAsync("/Tickets/Ticket/" + id, ("ticketstatusid", "42"))).Xml().Elements("ticket"));

        Assert.Equal("1", updated.Value("statusid"));
    }

    [Fact]
    public async Task DELETE_removes_the_ticket()
    {
        var id = (await CreateAsync(NewTicketForm(FreshEmail()))).Attribute("id")!.Value;

        var deleted = await Client.DeleteAsync("/Tickets/Ticket/" + id);

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/Tickets/Ticket/" + id)).Status);
    }
}
