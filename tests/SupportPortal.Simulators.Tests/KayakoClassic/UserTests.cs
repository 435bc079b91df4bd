using System.Net;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

public sealed class UserTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private KayakoTestClient Client => fixture.Client;

    private static string FreshEmail() => $"u{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task Creating_a_registered_user_returns_the_documented_user_element()
    {
        var email = FreshEmail();

        var user = Assert.Single((await Client.PostAsync("/Base/User", ("fullname", "Dana Demo"), ("email", email), ("password", "Secret-1"), ("usergroupid", "1"))).Xml().Elements("user"));

        Assert.Equal(
            ["id", "usergroupid", "userrole", "userorganizationid", "salutation", "userexpiry", "fullname", "email", "designation", "phone",
             "dateline", "lastvisit", "isenabled", "timezone", "enabledst", "slaplanid", "slaplanexpiry"],
            user.ChildNames());
        Assert.Equal(email, user.Value("email"));
        Assert.Equal(string.Empty, user.Value("userorganizationid"));
    }

    [Fact]
    public async Task Creating_a_user_with_an_address_already_in_use_is_400()
    {
        var response = await Client.PostAsync("/Base/User", ("fullname", "Alice Again"), ("email", "alice@example.com"), ("password", "x"), ("usergroupid", "1"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Unable to insert user. Email address belongs to an existing user.", response.Body);
    }

    [Fact]
    public async Task Creating_a_user_in_the_guest_group_is_400()
    {
        var response = await Client.PostAsync("/Base/User", ("fullname", "Gus Guest"), ("email", FreshEmail()), ("password", "x"), ("usergroupid", "2"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("User Group Specified is not of \"Registered\" type", response.Body);
    }

    [Fact]
    public async Task PUT_replaces_the_email_and_keeps_the_tickets_linked_by_user_id()
    {
        var oldEmail = FreshEmail();
        var ticket = Assert.Single((await Client.PostAsync("/Tickets/Ticket", TicketTests.NewTicketForm(oldEmail))).Xml().Elements("ticket"));
        var userId = ticket.Value("userid");
        var newEmail = FreshEmail();

        var user = Assert.Single((await Client.PutAsync("/Base/User/" + userId, ("fullname", "Casey Customer"), ("email", newEmail))).Xml().Elements("user"));

        Assert.Equal([newEmail], user.Elements("email").Select(e => e.Value));
        var listed = Assert.Single((await Client.GetAsync($"/Tickets/Ticket/ListAll/1,2,3/1,2,3/-1/{userId}")).Xml().Elements("ticket"));
        Assert.Equal(oldEmail, listed.Value("email"));
    }

    [Fact]
    public async Task PUT_without_fullname_is_400()
    {
        var response = await Client.PutAsync("/Base/User/2", ("email", FreshEmail()));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("One of the required fields is empty", response.Body);
    }

    [Fact]
    public async Task PUT_to_an_address_of_another_user_is_400()
    {
        var response = await Client.PutAsync("/Base/User/2", ("fullname", "Bob Customer"), ("email", "alice@example.com"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Unable to update user. Email address belongs to an existing user.", response.Body);
    }

    [Fact]
    public async Task UserSearch_matches_substrings_not_exact_addresses()
    {
        var users = (await Client.PostAsync("/Base/UserSearch", ("query", "example.com"))).Xml().Elements("user").Select(u => u.Value("fullname")).ToList();

        Assert.Contains("Alice Customer", users);
        Assert.Contains("Bob Customer", users);
    }

    [Fact]
    public async Task UserSearch_without_a_query_is_400()
    {
        var response = await Client.PostAsync("/Base/UserSearch", ("query", ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Query should not be empty", response.Body);
    }

    [Fact]
    public async Task User_groups_are_those_of_a_fresh_install()
    {
        var groups = (await Client.GetAsync("/Base/UserGroup")).Xml().Elements("usergroup").ToList();

        Assert.Equal([("Registered", "registered"), ("Guest", "guest")], groups.Select(g => (g.Value("title"), g.Value("grouptype"))));
        Assert.Equal(["id", "title", "grouptype", "ismaster"], groups[0].ChildNames());
    }

    [Fact]
    public async Task One_user_by_id_lists_every_address()
    {
        var user = Assert.Single((await Client.GetAsync("/Base/User/1")).Xml().Elements("user"));

        Assert.Equal("Alice Customer", user.Value("fullname"));
        Assert.Equal("alice@example.com", user.Value("email"));
    }
}
