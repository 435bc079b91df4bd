using System.Net;
using System.Xml.Linq;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

public sealed class TicketListTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private const string AllDepartments = "1,2,3";
    private const string AllStatuses = "1,2,3";
    private const int Alice = 1;

    private KayakoTestClient Client => fixture.Client;

    private async Task<List<XElement>> ListAsync(string path) => (await Client.GetAsync("/Tickets/Ticket/ListAll/" + path)).Xml().Elements("ticket").ToList();

    [Fact]
    public async Task ListAll_without_a_status_filter_leaves_out_resolved_tickets()
    {
        var tickets = await ListAsync($"{AllDepartments}/-1/-1/{Alice}");

        Assert.Equal(18, tickets.Count);
        Assert.DoesNotContain(tickets, t => t.Value("statusid") == "3");
    }

    [Fact]
    public async Task ListAll_with_every_status_includes_closed_tickets_and_alice_has_25()
    {
        var tickets = await ListAsync($"{AllDepartments}/{AllStatuses}/-1/{Alice}");

        Assert.Equal(25, tickets.Count);
        Assert.Equal(7, tickets.Count(t => t.Value("statusid") == "3"));
        Assert.All(tickets, t => Assert.Equal("alice@example.com", t.Value("email")));
    }

    [Fact]
    public async Task An_invalid_status_filter_falls_back_to_unresolved_tickets()
    {
        var tickets = await ListAsync($"{AllDepartments}/999/-1/{Alice}");

        Assert.Equal(18, tickets.Count);
    }

    [Fact]
    public async Task GetTicketCount_counts_with_the_same_filters()
    {
        var unresolved = (await Client.GetAsync($"/Tickets/Ticket/GetTicketCount/{AllDepartments}/-1/-1/{Alice}")).Xml();
        var all = (await Client.GetAsync($"/Tickets/Ticket/GetTicketCount/{AllDepartments}/{AllStatuses}/-1/{Alice}")).Xml();

        Assert.Equal("tickets", unresolved.Name.LocalName);
        Assert.Equal(18, unresolved.Int("totalcount"));
        Assert.Equal(25, all.Int("totalcount"));
    }

    [Fact]
    public async Task ListAll_pages_with_count_and_start()
    {
        var all = await ListAsync($"{AllDepartments}/{AllStatuses}/-1/{Alice}");
        var third = await ListAsync($"{AllDepartments}/{AllStatuses}/-1/{Alice}/10/20");

        Assert.Equal(5, third.Count);
        Assert.Equal(all.Skip(20).Select(t => t.Attribute("id")!.Value), third.Select(t => t.Attribute("id")!.Value));
    }

    [Fact]
    public async Task ListAll_sorts_by_a_documented_field_and_order()
    {
        var tickets = await ListAsync($"{AllDepartments}/{AllStatuses}/-1/{Alice}/0/0/lastactivity/DESC");

        var activity = tickets.Select(t => t.Int("lastactivity")).ToList();
        Assert.Equal(activity.OrderDescending(), activity);
    }

    [Fact]
    public async Task Sorting_by_status_id_is_not_supported_and_orders_by_ticket_id()
    {
        var tickets = await ListAsync($"{AllDepartments}/{AllStatuses}/-1/{Alice}/0/0/ticketstatusid/DESC");

        var ids = tickets.Select(t => int.Parse(t.Attribute("id")!.Value)).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
    }

    [Fact]
    public async Task Sorting_by_status_title_orders_alphabetically()
    {
        var tickets = await ListAsync($"{AllDepartments}/{AllStatuses}/-1/{Alice}/0/0/ticketstatustitle/ASC");

        // Closed (3) < In Progress (2) < Open (1)
        var statuses = tickets.Select(t => t.Value("statusid")).Distinct();
        Assert.Equal(["3", "2", "1"], statuses);
    }

    [Fact]
    public async Task ListAll_without_a_valid_department_returns_no_tickets()
    {
        Assert.Empty(await ListAsync($"999/{AllStatuses}/-1/{Alice}"));
        Assert.Empty(await ListAsync($"-1/{AllStatuses}/-1/{Alice}"));
    }

    [Fact]
    public async Task Listed_tickets_have_the_documented_elements_and_no_posts()
    {
        var ticket = (await ListAsync($"{AllDepartments}/{AllStatuses}/-1/{Alice}")).First();

        Assert.Equal(
            ["displayid", "departmentid", "statusid", "priorityid", "typeid", "userid", "userorganization", "userorganizationid",
             "ownerstaffid", "ownerstaffname", "fullname", "email", "lastreplier", "subject", "creationtime", "lastactivity",
             "laststaffreply", "lastuserreply", "slaplanid", "nextreplydue", "resolutiondue", "replies", "ipaddress", "creator",
             "creationmode", "creationtype", "isescalated", "escalationruleid", "templategroupid", "tags", "templategroupname"],
            ticket.ChildNames());
        Assert.Matches("^[A-Z]{3}-[0-9]{3}-[0-9]{5}$", ticket.Value("displayid"));
    }

    [Fact]
    public async Task GET_Ticket_without_an_id_points_to_ListAll()
    {
        var response = await Client.GetAsync("/Tickets/Ticket");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Not Implemented, Call /Tickets/Ticket/ListAll instead.", response.Body);
    }
}
