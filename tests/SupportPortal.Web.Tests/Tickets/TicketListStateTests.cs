using SupportPortal.Helpdesk;
using SupportPortal.Web.Tickets;

namespace SupportPortal.Web.Tests.Tickets;

public sealed class TicketListStateTests
{
    [Fact]
    public void The_plain_list_has_no_query_at_all()
    {
        Assert.All(TicketListState.Default.ToQueryParameters().Values, Assert.Null);
    }

    [Fact]
    public void Every_setting_survives_the_trip_through_the_address()
    {
        var state = new TicketListState
        {
            Page = 4,
            PageSize = 50,
            SortBy = TicketSortField.LastReplier,
            Ascending = false,
            DepartmentId = 2,
            StatusId = 3,
            PriorityId = 1,
            CreatedFrom = new DateOnly(2026, 1, 1),
            CreatedTo = new DateOnly(2026, 1, 31),
            ActivityFrom = new DateOnly(2026, 2, 1),
            ActivityTo = new DateOnly(2026, 2, 28),
        };
        var query = state.ToQueryParameters();
        string? Value(string name) => query[name]?.ToString();

        var read = TicketListState.FromQuery(
            Value("page"), Value("size"), Value("sort"), Value("order"), Value("department"), Value("status"), Value("priority"),
            Value("created-from"), Value("created-to"), Value("activity-from"), Value("activity-to"));

        Assert.Equal(state, read);
        Assert.Equal("lastreplier", Value("sort"));
        Assert.Equal("desc", Value("order"));
    }

    [Theory]
    [InlineData("0", "7", "nonsense", "sideways", "-3", "x", "", "2026-13-01", "yesterday")]
    [InlineData("-1", "1000", "", "", "0", "0", "0", "", "")]
    public void An_unreadable_address_falls_back_to_the_defaults(
        string page, string size, string sort, string order, string department, string status, string priority, string createdFrom, string activityTo)
    {
        var read = TicketListState.FromQuery(page, size, sort, order, department, status, priority, createdFrom, null, null, activityTo);

        Assert.Equal(TicketListState.Default, read);
    }

    [Fact]
    public void Choosing_a_new_column_starts_in_its_natural_direction_and_choosing_it_again_reverses_it()
    {
        var byPriority = TicketListState.Default with { Page = 3 };

        var first = byPriority.SortedBy(TicketSortField.Priority);
        var second = first.SortedBy(TicketSortField.Priority);
        var byActivity = second.SortedBy(TicketSortField.LastActivity);

        Assert.Equal((TicketSortField.Priority, true, 1), (first.SortBy, first.Ascending, first.Page));
        Assert.False(second.Ascending);
        Assert.False(byActivity.Ascending);
    }

    [Fact]
    public void Date_filters_cover_whole_utc_days_at_both_ends()
    {
        var query = (TicketListState.Default with { CreatedFrom = new DateOnly(2026, 3, 1), CreatedTo = new DateOnly(2026, 3, 1) }).ToTicketQuery();

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), query.MinStartDate);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero).AddTicks(-1), query.MaxStartDate);
    }

    [Fact]
    public void Only_filters_make_a_list_filtered()
    {
        Assert.False((TicketListState.Default with { Page = 2, PageSize = 50, SortBy = TicketSortField.Status }).IsFiltered);
        Assert.True((TicketListState.Default with { ActivityTo = new DateOnly(2026, 1, 1) }).IsFiltered);
    }
}
