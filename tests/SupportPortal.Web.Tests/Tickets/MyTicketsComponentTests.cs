using System.Collections.Concurrent;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Extensions;
using MudBlazor.Services;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Components.Pages.Tickets;
using SupportPortal.Web.Tests.Localization;
using SupportPortal.Web.Support;
using SupportPortal.Web.Theming;
using SupportPortal.Web.Tickets;
using SupportPortal.Web.Tickets.Uploads;

namespace SupportPortal.Web.Tests.Tickets;

/// <summary>"My tickets" keeps its page, sort and filters in the URL: changing them changes the address, and an address restores them.</summary>
public sealed class MyTicketsComponentTests : BunitContext, IAsyncLifetime
{
    private const int TicketCount = 60;
    private readonly ConcurrentQueue<TicketQuery> queries = new();
    private readonly TemporaryOutbox outbox = new();

    // Read when the page first asks for it, so a test may swap it before rendering.
    private IHelpdesk helpdesk;

    public MyTicketsComponentTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddLogging();
        Services.AddHybridCache();
        Services.AddSingleton(Options.Create(new TicketViewOptions()));
        Services.AddSingleton(Options.Create(new PortalOptions()));
        Services.AddScoped<CurrentBrand>();
        helpdesk = FakeHelpdesk.Scripted(helpdesk => helpdesk
            .Answer(nameof(IHelpdesk.GetDepartmentsAsync), _ => Task.FromResult<IReadOnlyList<Department>>(
                [new(1, "General Support", true, true, 1), new(2, "Technical Support", true, false, 2), new(3, "Billing", true, false, 3)]))
            .Answer(nameof(IHelpdesk.GetStatusesAsync), _ => Task.FromResult<IReadOnlyList<TicketStatus>>(
                [new(1, "Open", 1, true, "#ffffff", "#1565c0"), new(2, "In Progress", 2, true, "#3e2723", "#ffe082"), new(3, "Closed", 3, true, "#ffffff", "#546e7a")]))
            .Answer(nameof(IHelpdesk.GetPrioritiesAsync), _ => Task.FromResult<IReadOnlyList<TicketPriority>>(
                [new(1, "Low", 1, true, "#1b5e20", "#e8f5e9", false), new(2, "Normal", 2, true, "#0d47a1", "#e3f2fd", false), new(3, "Urgent", 3, true, "#ffffff", "#c62828", false)]))
            .Answer(nameof(IHelpdesk.GetTotalSubmittedTicketsAsync), _ => Task.FromResult(TicketCount))
            .Answer(nameof(IHelpdesk.GetSubmittedTicketsAsync), args => Task.FromResult(PageOf((TicketQuery)args[1]!))));
        Services.AddTransient(_ => helpdesk);
        outbox.AddTo(Services);
        Services.AddSingleton(Options.Create(new UploadOptions()));
        Services.AddSingleton<UploadStore>();
        Services.AddScoped<ReferenceDataCache>();
        Services.AddScoped<CurrentCustomer>();
        Services.AddScoped<TicketService>();
        var authorization = AddAuthorization();
        authorization.SetAuthorized("Alice Customer");
        authorization.SetClaims(new Claim(ClaimTypes.Email, "alice@example.com"), new Claim(CurrentCustomer.EmailConfirmedClaim, "true"));
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void Clicking_next_page_puts_page_2_in_the_address()
    {
        var list = RenderAt("/tickets");

        list.Find("a[aria-label='Next page']").Click();

        list.WaitForAssertion(() => Assert.Equal("2", Query("page")));
        list.WaitForAssertion(() => Assert.Equal("page", list.Find("[aria-current=page]").GetAttribute("aria-current")));
        list.WaitForAssertion(() => Assert.Equal("Page 2", list.Find("[aria-current=page]").GetAttribute("aria-label")));
        Assert.Contains(queries, q => q.Page == 2);
    }

    [Fact]
    public void Clicking_a_sort_header_sorts_by_it_and_again_reverses_it_each_time_in_the_address()
    {
        var list = RenderAt("/tickets?page=3");

        SortLink(list, "Priority").Click();
        list.WaitForAssertion(() => Assert.Equal("priorityid", Query("sort")));
        Assert.Null(Query("order"));
        Assert.Null(Query("page"));
        list.WaitForAssertion(() => Assert.Equal("ascending", PriorityHeader(list).GetAttribute("aria-sort")));

        SortLink(list, "Priority").Click();
        list.WaitForAssertion(() => Assert.Equal("desc", Query("order")));
        list.WaitForAssertion(() => Assert.Equal("descending", PriorityHeader(list).GetAttribute("aria-sort")));
        Assert.Contains(queries, q => q is { SortBy: TicketSortField.Priority, Ascending: false });
    }

    [Fact]
    public async Task Choosing_a_status_filter_puts_it_in_the_address_and_starts_again_at_page_1()
    {
        var list = RenderAt("/tickets?page=2");

        var status = list.FindComponents<MudSelect<int>>().Single(s => s.Instance.Label == "Status");
        await list.InvokeAsync(() => status.Instance.ValueChanged.InvokeAsync(3));

        Assert.Equal("3", Query("status"));
        Assert.Null(Query("page"));
        list.WaitForAssertion(() => Assert.Contains(queries, q => q is { StatusId: 3, Page: 1 }));
    }

    [Fact]
    public void Choosing_a_created_from_date_puts_it_in_the_address()
    {
        var list = RenderAt("/tickets");

        list.FindAll("input[type=date]")[0].Change("2026-01-15");

        list.WaitForAssertion(() => Assert.Equal("2026-01-15", Query("created-from")));
        list.WaitForAssertion(() => Assert.Contains(queries, q => q.MinStartDate == new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Choosing_a_page_size_puts_it_in_the_address()
    {
        var list = RenderAt("/tickets?page=2");

        var size = list.FindComponents<MudSelect<int>>().Single(s => s.Instance.Label == "Tickets per page");
        await list.InvokeAsync(() => size.Instance.ValueChanged.InvokeAsync(25));

        Assert.Equal("25", Query("size"));
        Assert.Null(Query("page"));
    }

    [Fact]
    public void An_address_with_page_sort_and_filters_restores_that_view()
    {
        var list = RenderAt("/tickets?page=2&size=25&sort=departmentid&order=desc&status=2&priority=3&department=1&activity-to=2026-02-28");

        list.WaitForAssertion(() => Assert.NotEmpty(list.FindAll("a.ticket-subject")));
        var expected = new TicketQuery
            {
                Page = 2,
                PageSize = 25,
                SortBy = TicketSortField.Department,
                Ascending = false,
                StatusId = 2,
                PriorityId = 3,
                DepartmentId = 1,
                MaxLastActivity = new DateTimeOffset(2026, 2, 28, 23, 59, 59, 999, TimeSpan.Zero).AddTicks(9999),
            };

        // The page itself, then (filtered, so no count) a one-ticket look past it for a next page.
        Assert.Equal([expected, expected with { PageSize = 1, Page = 51 }], queries);
        Assert.Equal("descending", Header(list, "Department").GetAttribute("aria-sort"));
        Assert.Equal("Page 2", list.Find("[aria-current=page]").GetAttribute("aria-label"));
        var selects = list.FindComponents<MudSelect<int>>().ToDictionary(s => s.Instance.Label!, s => s.Instance.GetState(x => x.Value));
        Assert.Equal(2, selects["Status"]);
        Assert.Equal(3, selects["Priority"]);
        Assert.Equal(1, selects["Department"]);
        Assert.Equal(25, selects["Tickets per page"]);
        Assert.Equal("2026-02-28", list.FindAll("input[type=date]")[3].GetAttribute("value"));
    }

    [Fact]
    public void Statuses_and_priorities_show_as_words_in_readable_colours()
    {
        var list = RenderAt("/tickets");

        list.WaitForAssertion(() => Assert.NotEmpty(list.FindAll(".ticket-chip")));
        var chips = list.FindAll(".ticket-chip").Select(c => c.TextContent.Trim()).Distinct().ToList();
        Assert.Contains("Open", chips);
        Assert.Contains("Urgent", chips);
        Assert.All(list.FindAll(".ticket-chip"), chip => Assert.Matches("^color:#[0-9a-f]{6};background-color:#[0-9a-f]{6};border-color:#[0-9a-f]{6}$", chip.GetAttribute("style")));
    }

    [Fact]
    public void A_customer_without_tickets_is_invited_to_submit_one()
    {
        helpdesk = FakeHelpdesk.Scripted(helpdesk => helpdesk
            .Answer(nameof(IHelpdesk.GetDepartmentsAsync), _ => Task.FromResult<IReadOnlyList<Department>>([]))
            .Answer(nameof(IHelpdesk.GetStatusesAsync), _ => Task.FromResult<IReadOnlyList<TicketStatus>>([]))
            .Answer(nameof(IHelpdesk.GetPrioritiesAsync), _ => Task.FromResult<IReadOnlyList<TicketPriority>>([]))
            .Answer(nameof(IHelpdesk.GetTotalSubmittedTicketsAsync), _ => Task.FromResult(0))
            .Answer(nameof(IHelpdesk.GetSubmittedTicketsAsync), _ => Task.FromResult<IReadOnlyList<TicketSummary>>([])));

        var list = RenderAt("/tickets");

        list.WaitForAssertion(() => Assert.Contains("You haven't submitted any tickets yet.", list.Find(".ticket-empty[role=status]").TextContent));
        Assert.Contains(list.FindAll(".ticket-empty a"), a => a.GetAttribute("href") == "/tickets/new" && a.TextContent.Contains("Submit a ticket"));
    }

    [Fact]
    public async Task A_ticket_the_outbox_holds_is_listed_as_queued_until_the_helpdesk_has_it()
    {
        var outboxQueue = Services.GetRequiredService<SupportPortal.Web.Reliability.Outbox.Outbox>();
        await outboxQueue.EnqueueSubmissionAsync(
            SupportPortal.Web.Helpdesk.HelpdeskDirectory.DefaultKey,
            new SupportPortal.Helpdesk.NewTicket("alice@example.com", "Alice Customer", 1, 2, "Printer on fire", "Smoke everywhere."),
            SupportPortal.Web.Reliability.Outbox.DeliveryMarker.NewKey(), attemptsSoFar: 1, "The helpdesk is unavailable.", CancellationToken.None);
        await outboxQueue.EnqueueSubmissionAsync(
            SupportPortal.Web.Helpdesk.HelpdeskDirectory.DefaultKey,
            new SupportPortal.Helpdesk.NewTicket("bob@example.com", "Bob Customer", 1, 2, "Bob's own", "Not for Alice."),
            SupportPortal.Web.Reliability.Outbox.DeliveryMarker.NewKey(), attemptsSoFar: 1, "The helpdesk is unavailable.", CancellationToken.None);

        var list = RenderAt("/tickets");

        var queued = list.Find("section.queued-submissions");
        Assert.Equal("Not sent yet", queued.QuerySelector("h2")!.TextContent.Trim());
        var item = Assert.Single(queued.QuerySelectorAll("li"));
        Assert.Equal("Printer on fire", item.QuerySelector(".queued-subject")!.TextContent.Trim());
        Assert.Equal("Queued — will be sent when the support system is back", item.QuerySelector(".queued-state")!.TextContent.Trim());
    }

    [Fact]
    public async Task In_german_the_list_its_filters_sort_headers_pager_queued_tickets_and_dates_are_german()
    {
        using var german = new CultureScope("de");
        await Services.GetRequiredService<SupportPortal.Web.Reliability.Outbox.Outbox>().EnqueueSubmissionAsync(
            SupportPortal.Web.Helpdesk.HelpdeskDirectory.DefaultKey,
            new SupportPortal.Helpdesk.NewTicket("alice@example.com", "Alice Customer", 1, 2, "Drucker brennt", "Überall Rauch."),
            SupportPortal.Web.Reliability.Outbox.DeliveryMarker.NewKey(), attemptsSoFar: 1, "The helpdesk is unavailable.", CancellationToken.None);
        var popovers = Render<MudPopoverProvider>();

        var list = RenderAt("/tickets?sort=priorityid&size=50&page=2");

        Assert.Equal("Meine Anfragen", list.Find("h1").TextContent.Trim());
        Assert.Equal("Anfragen filtern", list.Find("[role=search]").GetAttribute("aria-label"));
        Assert.Equal(
            ["Abteilung", "Status", "Priorität", "Anfragen pro Seite"],
            list.FindComponents<MudSelect<int>>().Select(s => s.Instance.Label));
        Assert.Equal(
            ["Erstellt ab", "Erstellt bis", "Letzte Aktivität ab", "Letzte Aktivität bis"],
            list.FindComponents<MudTextField<string>>().Select(f => f.Instance.Label));
        Assert.Equal("Anfragen 51–60 von 60", list.Find(".ticket-results-summary").TextContent.Trim());
        Assert.Equal("Ihre Anfragen, aufsteigend sortiert nach Priorität", list.Find("caption").TextContent.Trim());
        Assert.Equal("Priorität (aufsteigend sortiert)", string.Join(' ', Header(list, "Priorität").QuerySelector("a")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(
            ["Anfrage", "Status", "Priorität", "Abteilung", "Letzte Antwort von", "Letzte Aktivität", "Erstellt"],
            list.FindAll("thead th").Select(th => th.QuerySelector("a > span")?.TextContent.Trim() ?? th.TextContent.Trim()));
        Assert.Equal("Seiten der Anfragenliste", list.Find("nav.pager").GetAttribute("aria-label"));
        Assert.Equal("Vorherige Seite", list.Find("a[rel=prev]").GetAttribute("aria-label"));
        Assert.Equal("Seite 2", list.Find("[aria-current=page]").GetAttribute("aria-label"));
        Assert.Equal("Noch nicht gesendet", list.Find("section.queued-submissions h2").TextContent.Trim());
        Assert.Equal("In der Warteschlange – wird gesendet, sobald das Support-System wieder erreichbar ist", list.Find(".queued-state").TextContent.Trim());
        Assert.StartsWith("Gesendet am ", list.Find(".queued-time").TextContent.Trim());

        // Ticket 60 was created on 2 March 2026 at 08:00 and last active a day later (see PageOf).
        var row = list.FindAll("tbody tr").Single(r => r.QuerySelector(".ticket-mask")!.TextContent == "ABC-000060");
        Assert.Equal(["3. März 2026, 08:00 UTC", "2. März 2026"], row.QuerySelectorAll("time").Select(t => t.TextContent.Trim()));

        // The filter's "all" choice is German too, shown as the value and first in the list the select opens.
        var department = list.FindAll("[role=combobox]")[0];
        Assert.Equal("Alle Abteilungen", department.TextContent.Trim());
        department.MouseDown();
        popovers.WaitForAssertion(() => Assert.Equal("Alle Abteilungen", popovers.FindAll("[role=option]")[0].TextContent.Trim()));
    }

    [Fact]
    public void Says_it_is_loading_in_words_until_the_helpdesk_answers()
    {
        var never = new TaskCompletionSource<IReadOnlyList<TicketSummary>>();
        helpdesk = FakeHelpdesk.Scripted(helpdesk => helpdesk
            .Answer(nameof(IHelpdesk.GetDepartmentsAsync), _ => Task.FromResult<IReadOnlyList<Department>>([]))
            .Answer(nameof(IHelpdesk.GetStatusesAsync), _ => Task.FromResult<IReadOnlyList<TicketStatus>>([]))
            .Answer(nameof(IHelpdesk.GetPrioritiesAsync), _ => Task.FromResult<IReadOnlyList<TicketPriority>>([]))
            .Answer(nameof(IHelpdesk.GetTotalSubmittedTicketsAsync), _ => Task.FromResult(3))
            .Answer(nameof(IHelpdesk.GetSubmittedTicketsAsync), _ => never.Task));

        var list = RenderStartingAt("/tickets");

        Assert.Contains("Loading your tickets", list.Find("[role=status]").TextContent);
    }

    /// <summary>The page at <paramref name="address"/>, once the helpdesk has answered.</summary>
    private IRenderedComponent<MyTickets> RenderAt(string address)
    {
        var list = RenderStartingAt(address);
        list.WaitForElement(".ticket-results", TimeSpan.FromSeconds(10));
        return list;
    }

    private IRenderedComponent<MyTickets> RenderStartingAt(string address)
    {
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo(address);
        return Render<MyTickets>();
    }

    private string? Query(string name)
    {
        var uri = new Uri(Services.GetRequiredService<NavigationManager>().Uri);
        return QueryHelpers.ParseQuery(uri.Query).TryGetValue(name, out var value) ? value.ToString() : null;
    }

    private static AngleSharp.Dom.IElement PriorityHeader(IRenderedComponent<MyTickets> list) => Header(list, "Priority");

    private static AngleSharp.Dom.IElement Header(IRenderedComponent<MyTickets> list, string title) =>
        list.FindAll("th[aria-sort]").Single(th => th.QuerySelector("a > span")!.TextContent.Trim() == title);

    private static AngleSharp.Dom.IElement SortLink(IRenderedComponent<MyTickets> list, string title) =>
        Header(list, title).QuerySelector("a")!;

    private IReadOnlyList<TicketSummary> PageOf(TicketQuery query)
    {
        queries.Enqueue(query);
        var start = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(query.Offset + 1, Math.Max(0, Math.Min(query.PageSize, TicketCount - query.Offset)))
            .Select(i => new TicketSummary(i, $"ABC-{i:D6}", start.AddDays(i), start.AddDays(i + 1), null, i % 2 == 0 ? "Alice Customer" : "Sam Support",
                StatusId: (i % 3) + 1, PriorityId: (i % 3) + 1, DepartmentId: (i % 3) + 1, $"Ticket number {i}"))
            .ToList();
    }

    public Task InitializeAsync() => TemporaryOutbox.StartAsync(Services);

    // MudBlazor's services dispose only asynchronously.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        outbox.Dispose();
    }
}
