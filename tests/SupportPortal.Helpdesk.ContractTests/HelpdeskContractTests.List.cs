namespace SupportPortal.Helpdesk.ContractTests;

public abstract partial class HelpdeskContractTests<TFixture>
{
    [Fact]
    public async Task Alice_has_twenty_five_demo_tickets_across_departments_statuses_and_priorities()
    {
        var tickets = await AllTicketsAsync(DemoData.Alice);

        Assert.Equal(DemoData.AliceTicketCount, await Helpdesk.GetTotalSubmittedTicketsAsync(DemoData.Alice));
        Assert.Equal(DemoData.AliceTicketCount, tickets.Select(t => t.Id).Distinct().Count());
        Assert.True(tickets.Select(t => t.DepartmentId).Distinct().Count() > 1, "alice's tickets should span departments.");
        Assert.True(tickets.Select(t => t.StatusId).Distinct().Count() > 1, "alice's tickets should span statuses.");
        Assert.True(tickets.Select(t => t.PriorityId).Distinct().Count() > 1, "alice's tickets should span priorities.");
    }

    [Fact]
    public async Task The_default_query_lists_ten_tickets_latest_activity_first()
    {
        var tickets = await Helpdesk.GetSubmittedTicketsAsync(DemoData.Alice, TicketQuery.Default);

        Assert.Equal(10, tickets.Count);
        AssertOrdered(tickets, t => t.LastActivity, Comparer<DateTimeOffset>.Default, ascending: false, "last activity");
    }

    [Fact]
    public async Task Pages_split_a_customers_tickets_without_gaps_or_repeats()
    {
        var customer = await ListingCustomerAsync();
        var query = new TicketQuery { PageSize = 5 };

        var pages = new List<IReadOnlyList<TicketSummary>>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await Helpdesk.GetSubmittedTicketsAsync(customer.Email, query with { Page = page }));
        }

        Assert.Equal(12, await Helpdesk.GetTotalSubmittedTicketsAsync(customer.Email));
        Assert.Equal([5, 5, 2, 0], pages.Select(p => p.Count));
        Assert.Equal(customer.TicketIds.Order(), pages.SelectMany(p => p).Select(t => t.Id).Order());
        Assert.Equal(12, (await Helpdesk.GetSubmittedTicketsAsync(customer.Email, new TicketQuery { PageSize = 50 })).Count);
        Assert.Equal(10, (await Helpdesk.GetSubmittedTicketsAsync(customer.Email, TicketQuery.Default)).Count);
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty()
    {
        var customer = await ListingCustomerAsync();

        Assert.Empty(await Helpdesk.GetSubmittedTicketsAsync(customer.Email, new TicketQuery { PageSize = 10, Page = 3 }));
        Assert.Empty(await Helpdesk.GetSubmittedTicketsAsync(customer.Email, new TicketQuery { PageSize = 10, Page = 1000 }));
    }

    /// <summary>
    /// Pages are fetched one by one so that sorting is proven to happen before paging. Names compare
    /// case-insensitively and ordinally (the demo's names differ before any letter where cultures disagree);
    /// status, priority and department compare by id, as the seed sorts by the id columns.
    /// </summary>
    [Theory]
    [InlineData(TicketSortField.LastActivity, true)]
    [InlineData(TicketSortField.LastActivity, false)]
    [InlineData(TicketSortField.LastReplier, true)]
    [InlineData(TicketSortField.LastReplier, false)]
    [InlineData(TicketSortField.Status, true)]
    [InlineData(TicketSortField.Status, false)]
    [InlineData(TicketSortField.Priority, true)]
    [InlineData(TicketSortField.Priority, false)]
    [InlineData(TicketSortField.Department, true)]
    [InlineData(TicketSortField.Department, false)]
    public async Task Tickets_are_sorted_by_each_key_in_both_directions(TicketSortField sortBy, bool ascending)
    {
        var tickets = await AllPagesAsync(DemoData.Alice, new TicketQuery { PageSize = 10, SortBy = sortBy, Ascending = ascending });

        Assert.Equal(DemoData.AliceTicketCount, tickets.Select(t => t.Id).Distinct().Count());
        Assert.Equal(DemoData.AliceTicketCount, tickets.Count);
        switch (sortBy)
        {
            case TicketSortField.LastActivity:
                AssertOrdered(tickets, t => t.LastActivity, Comparer<DateTimeOffset>.Default, ascending, "last activity");
                break;
            case TicketSortField.LastReplier:
                AssertOrdered(tickets, t => t.LastReplier, StringComparer.OrdinalIgnoreCase, ascending, "last replier");
                break;
            case TicketSortField.Status:
                AssertOrdered(tickets, t => t.StatusId, Comparer<int>.Default, ascending, "status id");
                break;
            case TicketSortField.Priority:
                AssertOrdered(tickets, t => t.PriorityId, Comparer<int>.Default, ascending, "priority id");
                break;
            case TicketSortField.Department:
                AssertOrdered(tickets, t => t.DepartmentId, Comparer<int>.Default, ascending, "department id");
                break;
        }
    }

    [Fact]
    public async Task Filtering_by_department_status_or_priority_keeps_exactly_the_matching_tickets()
    {
        var all = await AllTicketsAsync(DemoData.Alice);

        foreach (var department in await Helpdesk.GetDepartmentsAsync())
        {
            await AssertFilterAsync(DemoData.Alice, all, new TicketQuery { DepartmentId = department.Id }, t => t.DepartmentId == department.Id, $"department {department.Title}");
        }

        foreach (var status in await Helpdesk.GetStatusesAsync())
        {
            await AssertFilterAsync(DemoData.Alice, all, new TicketQuery { StatusId = status.Id }, t => t.StatusId == status.Id, $"status {status.Title}");
        }

        foreach (var priority in await Helpdesk.GetPrioritiesAsync())
        {
            await AssertFilterAsync(DemoData.Alice, all, new TicketQuery { PriorityId = priority.Id }, t => t.PriorityId == priority.Id, $"priority {priority.Title}");
        }
    }

    [Fact]
    public async Task Filters_combine()
    {
        var all = await AllTicketsAsync(DemoData.Alice);
        var sample = all[all.Count / 2];

        await AssertFilterAsync(
            DemoData.Alice,
            all,
            new TicketQuery { DepartmentId = sample.DepartmentId, StatusId = sample.StatusId, PriorityId = sample.PriorityId },
            t => t.DepartmentId == sample.DepartmentId && t.StatusId == sample.StatusId && t.PriorityId == sample.PriorityId,
            "department, status and priority");
    }

    [Fact]
    public async Task Start_date_bounds_keep_the_tickets_started_on_their_side()
    {
        var all = await AllTicketsAsync(DemoData.Alice);
        var bound = GapMidpoint(all.Select(t => t.StartDate), "start dates");

        await AssertFilterAsync(DemoData.Alice, all, new TicketQuery { MinStartDate = bound }, t => t.StartDate > bound, "start date after the bound");
        await AssertFilterAsync(DemoData.Alice, all, new TicketQuery { MaxStartDate = bound }, t => t.StartDate < bound, "start date before the bound");
    }

    [Fact]
    public async Task Last_activity_bounds_keep_the_tickets_active_on_their_side()
    {
        var all = await AllTicketsAsync(DemoData.Alice);
        var bound = GapMidpoint(all.Select(t => t.LastActivity), "last activity dates");

        await AssertFilterAsync(DemoData.Alice, all, new TicketQuery { MinLastActivity = bound }, t => t.LastActivity > bound, "last activity after the bound");
        await AssertFilterAsync(DemoData.Alice, all, new TicketQuery { MaxLastActivity = bound }, t => t.LastActivity < bound, "last activity before the bound");
    }

    [Fact]
    public async Task Date_bounds_around_fresh_submissions_include_them_all_and_beyond_them_none()
    {
        var customer = await ListingCustomerAsync();
        var all = await AllTicketsAsync(customer.Email);
        var earliest = all.Min(t => t.StartDate).AddMinutes(-1);
        var latest = all.Max(t => t.LastActivity).AddMinutes(1);

        await AssertFilterAsync(customer.Email, all, new TicketQuery { MinStartDate = earliest, MaxStartDate = latest }, _ => true, "start date around the submissions");
        await AssertFilterAsync(customer.Email, all, new TicketQuery { MinLastActivity = earliest, MaxLastActivity = latest }, _ => true, "last activity around the submissions");
        await AssertFilterAsync(customer.Email, all, new TicketQuery { MinStartDate = latest }, _ => false, "start date after the submissions");
        await AssertFilterAsync(customer.Email, all, new TicketQuery { MaxStartDate = earliest }, _ => false, "start date before the submissions");
        await AssertFilterAsync(customer.Email, all, new TicketQuery { MinLastActivity = latest }, _ => false, "last activity after the submissions");
        await AssertFilterAsync(customer.Email, all, new TicketQuery { MaxLastActivity = earliest }, _ => false, "last activity before the submissions");
    }

    /// <summary>
    /// The seed's default due-date bounds are the extremes of a 32-bit Unix time and mean "no restriction"
    /// (getSubmittedTickets passes them and lists every ticket), so they keep tickets without a due date too,
    /// such as fresh submissions; a range in 1902 holds neither a due date nor the lack of one (0, in 1970).
    /// </summary>
    [Fact]
    public async Task Due_date_bounds_at_the_seeds_extremes_keep_every_ticket_and_a_range_in_1902_none()
    {
        var extremes = new TicketQuery
        {
            MinDueDate = DateTimeOffset.FromUnixTimeSeconds(int.MinValue),
            MaxDueDate = DateTimeOffset.FromUnixTimeSeconds(int.MaxValue),
        };
        var in1902 = new TicketQuery
        {
            MinDueDate = new DateTimeOffset(1902, 1, 1, 0, 0, 0, TimeSpan.Zero),
            MaxDueDate = new DateTimeOffset(1902, 12, 31, 0, 0, 0, TimeSpan.Zero),
        };

        foreach (var email in new[] { DemoData.Alice, (await ListingCustomerAsync()).Email })
        {
            var all = await AllTicketsAsync(email);
            await AssertFilterAsync(email, all, extremes, _ => true, $"due date between the seed's extremes ({email})");
            await AssertFilterAsync(email, all, in1902, _ => false, $"due date in 1902 ({email})");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task A_page_size_below_one_is_refused_with_minus_4(int pageSize)
    {
        await Refused.WithAsync(
            HelpdeskError.InvalidPageSize,
            () => Helpdesk.GetSubmittedTicketsAsync(DemoData.Alice, new TicketQuery { PageSize = pageSize }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task A_page_below_one_is_refused_with_minus_5(int page)
    {
        await Refused.WithAsync(
            HelpdeskError.InvalidPage,
            () => Helpdesk.GetSubmittedTicketsAsync(DemoData.Alice, new TicketQuery { Page = page }));
    }

    [Fact]
    public async Task An_unknown_sort_key_is_refused_with_minus_6()
    {
        await Refused.WithAsync(
            HelpdeskError.InvalidSortField,
            () => Helpdesk.GetSubmittedTicketsAsync(DemoData.Alice, new TicketQuery { SortBy = (TicketSortField)99 }));
    }

    /// <summary>Asserts that the filter returns exactly those of the customer's tickets that match.</summary>
    private async Task AssertFilterAsync(
        string email, IReadOnlyList<TicketSummary> all, TicketQuery filter, Func<TicketSummary, bool> matches, string what)
    {
        var filtered = await AllPagesAsync(email, filter with { PageSize = 100 });

        Assert.True(
            all.Where(matches).Select(t => t.Id).Order().SequenceEqual(filtered.Select(t => t.Id).Order()),
            $"Filtering by {what} returned tickets [{string.Join(", ", filtered.Select(t => t.Id).Order())}], "
            + $"expected [{string.Join(", ", all.Where(matches).Select(t => t.Id).Order())}].");
    }

    /// <summary>
    /// A whole second in the middle of a gap of at least four seconds between consecutive dates, so that the
    /// tickets on each side are unambiguous whatever precision the backend keeps.
    /// </summary>
    private static DateTimeOffset GapMidpoint(IEnumerable<DateTimeOffset> dates, string what)
    {
        var sorted = dates.Order().ToList();
        var gaps = Enumerable.Range(1, sorted.Count - 1)
            .Where(i => sorted[i] - sorted[i - 1] >= TimeSpan.FromSeconds(4))
            .OrderBy(i => Math.Abs(i - (sorted.Count / 2)))
            .ToList();
        Assert.True(gaps.Count > 0, $"alice's demo tickets should have {what} spread over time.");
        var i = gaps[0];
        var middle = sorted[i - 1] + ((sorted[i] - sorted[i - 1]) / 2);
        return DateTimeOffset.FromUnixTimeSeconds(middle.ToUnixTimeSeconds());
    }

    private static void AssertOrdered<T>(
        IReadOnlyList<TicketSummary> tickets, Func<TicketSummary, T> key, IComparer<T> comparer, bool ascending, string what)
    {
        for (var i = 1; i < tickets.Count; i++)
        {
            var order = comparer.Compare(key(tickets[i - 1]), key(tickets[i]));
            Assert.True(
                ascending ? order <= 0 : order >= 0,
                $"Sorted by {what} {(ascending ? "ascending" : "descending")}, ticket {tickets[i - 1].Id} ({key(tickets[i - 1])}) "
                + $"comes before ticket {tickets[i].Id} ({key(tickets[i])}).");
        }
    }
}
