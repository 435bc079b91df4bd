using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests.Tickets;

/// <summary>
/// What one view of "my tickets" costs the helpdesk once the reference data is cached: the count and the page,
/// never a call per ticket or per status.
/// </summary>
public sealed class TicketListCallBudgetTests : IClassFixture<CountedPortalFactory>
{
    private readonly CountedPortalFactory portal;

    public TicketListCallBudgetTests(CountedPortalFactory portal)
    {
        this.portal = portal;
        _ = portal.Services.GetRequiredService<IHelpdesk>();
    }

    [Fact]
    public async Task A_warm_list_page_costs_two_helpdesk_calls_the_count_and_the_page()
    {
        var alice = portal.ClientFor(SignedInPortalFactory.Alice);
        (await alice.GetAsync("/tickets")).EnsureSuccessStatusCode();
        await KnowledgeBaseWalkedAsync();
        portal.Counter.Calls.Clear();

        (await alice.GetAsync("/tickets?page=2&sort=priorityid")).EnsureSuccessStatusCode();

        Assert.Equal(
            [nameof(IHelpdesk.GetSubmittedTicketsAsync), nameof(IHelpdesk.GetTotalSubmittedTicketsAsync)],
            portal.Counter.Calls.Order());
    }

    [Fact]
    public async Task A_warm_filtered_list_page_costs_at_most_two_helpdesk_calls_the_page_and_a_look_past_it()
    {
        var alice = portal.ClientFor(SignedInPortalFactory.Alice);
        (await alice.GetAsync("/tickets")).EnsureSuccessStatusCode();
        var closed = (await portal.Services.GetRequiredService<IHelpdesk>().GetStatusesAsync()).Single(s => s.Title == "Closed");
        await KnowledgeBaseWalkedAsync();
        portal.Counter.Calls.Clear();

        (await alice.GetAsync($"/tickets?status={closed.Id}")).EnsureSuccessStatusCode();

        Assert.True(portal.Counter.Calls.Count is >= 1 and <= 2, string.Join(", ", portal.Counter.Calls));
        Assert.All(portal.Counter.Calls, call => Assert.Equal(nameof(IHelpdesk.GetSubmittedTicketsAsync), call));
    }

    /// <summary>
    /// The search index walks the knowledge base in the background after start-up; once a walk has finished, later
    /// walks are served from the cache, so no KB call can land among the ones the list page makes.
    /// </summary>
    private Task KnowledgeBaseWalkedAsync() => portal.Services.GetRequiredService<KnowledgeBaseSearch>().RefreshAsync(default);
}
