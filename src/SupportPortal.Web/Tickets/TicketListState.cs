using System.Globalization;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tickets;

/// <summary>
/// What the "my tickets" page shows — page, page size, sort and filters — as it lives in the URL query, so a reload,
/// back/forward and a shared link all restore the same view. Anything unreadable in a URL falls back to its default
/// rather than failing: a hand-edited link still opens the list.
/// </summary>
public sealed record TicketListState
{
    public static readonly IReadOnlyList<int> PageSizes = [10, 25, 50];

    public static TicketListState Default { get; } = new();

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = PageSizes[0];

    public TicketSortField SortBy { get; init; } = TicketSortField.LastActivity;

    public bool Ascending { get; init; }

    public int? DepartmentId { get; init; }

    public int? StatusId { get; init; }

    public int? PriorityId { get; init; }

    public DateOnly? CreatedFrom { get; init; }

    public DateOnly? CreatedTo { get; init; }

    public DateOnly? ActivityFrom { get; init; }

    public DateOnly? ActivityTo { get; init; }

    /// <summary>True when any filter narrows the list, so the customer's total no longer counts its pages.</summary>
    public bool IsFiltered =>
        DepartmentId is not null || StatusId is not null || PriorityId is not null
        || CreatedFrom is not null || CreatedTo is not null || ActivityFrom is not null || ActivityTo is not null;

    /// <summary>The direction a column starts in when first chosen: newest activity first, everything else A to Z.</summary>
    public static bool StartsAscending(TicketSortField field) => field != TicketSortField.LastActivity;

    /// <summary>Sorted by <paramref name="field"/>: the other direction if it already is, its natural one otherwise. Back to page 1.</summary>
    public TicketListState SortedBy(TicketSortField field) => this with
    {
        SortBy = field,
        Ascending = SortBy == field ? !Ascending : StartsAscending(field),
        Page = 1,
    };

    public TicketListState WithoutFilters() => this with
    {
        DepartmentId = null,
        StatusId = null,
        PriorityId = null,
        CreatedFrom = null,
        CreatedTo = null,
        ActivityFrom = null,
        ActivityTo = null,
        Page = 1,
    };

    /// <summary>The helpdesk query for this view. Date filters cover whole days in UTC, both ends included.</summary>
    public TicketQuery ToTicketQuery() => new()
    {
        Page = Page,
        PageSize = PageSize,
        SortBy = SortBy,
        Ascending = Ascending,
        DepartmentId = DepartmentId,
        StatusId = StatusId,
        PriorityId = PriorityId,
        MinStartDate = StartOf(CreatedFrom),
        MaxStartDate = EndOf(CreatedTo),
        MinLastActivity = StartOf(ActivityFrom),
        MaxLastActivity = EndOf(ActivityTo),
    };

    /// <summary>Reads the state from the URL query's values (see <see cref="TicketListQueryNames"/>).</summary>
    public static TicketListState FromQuery(
        string? page,
        string? size,
        string? sort,
        string? order,
        string? department,
        string? status,
        string? priority,
        string? createdFrom,
        string? createdTo,
        string? activityFrom,
        string? activityTo)
    {
        var sortBy = ParseSort(sort) ?? Default.SortBy;
        var pageSize = ParsePositive(size) is { } s && PageSizes.Contains(s) ? s : Default.PageSize;
        return new TicketListState
        {
            Page = ParsePositive(page) ?? 1,
            PageSize = pageSize,
            SortBy = sortBy,
            Ascending = order?.ToLowerInvariant() switch
            {
                TicketListQueryNames.AscendingOrder => true,
                TicketListQueryNames.DescendingOrder => false,
                _ => StartsAscending(sortBy),
            },
            DepartmentId = ParsePositive(department),
            StatusId = ParsePositive(status),
            PriorityId = ParsePositive(priority),
            CreatedFrom = ParseDate(createdFrom),
            CreatedTo = ParseDate(createdTo),
            ActivityFrom = ParseDate(activityFrom),
            ActivityTo = ParseDate(activityTo),
        };
    }

    /// <summary>
    /// The URL query for this state. Defaults are null, so <c>NavigationManager.GetUriWithQueryParameters</c> leaves them
    /// out and the plain list keeps the plain address "/tickets".
    /// </summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>
    {
        [TicketListQueryNames.Page] = Page == 1 ? null : Page,
        [TicketListQueryNames.Size] = PageSize == Default.PageSize ? null : PageSize,
        [TicketListQueryNames.Sort] = SortBy == Default.SortBy ? null : SortBy.ToWireName(),
        [TicketListQueryNames.Order] = Ascending == StartsAscending(SortBy) ? null
            : Ascending ? TicketListQueryNames.AscendingOrder : TicketListQueryNames.DescendingOrder,
        [TicketListQueryNames.Department] = DepartmentId,
        [TicketListQueryNames.Status] = StatusId,
        [TicketListQueryNames.Priority] = PriorityId,
        [TicketListQueryNames.CreatedFrom] = FormatDate(CreatedFrom),
        [TicketListQueryNames.CreatedTo] = FormatDate(CreatedTo),
        [TicketListQueryNames.ActivityFrom] = FormatDate(ActivityFrom),
        [TicketListQueryNames.ActivityTo] = FormatDate(ActivityTo),
    };

    public static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static int? ParsePositive(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;

    private static TicketSortField? ParseSort(string? value) =>
        Enum.GetValues<TicketSortField>()
            .Select(field => (TicketSortField?)field)
            .FirstOrDefault(field => string.Equals(field!.Value.ToWireName(), value, StringComparison.OrdinalIgnoreCase));

    private static DateTimeOffset? StartOf(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    private static DateTimeOffset? EndOf(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero) : null;
}

/// <summary>The names of the "my tickets" page's URL query parameters: part of every shared link, so keep them.</summary>
public static class TicketListQueryNames
{
    public const string Page = "page";
    public const string Size = "size";
    public const string Sort = "sort";
    public const string Order = "order";
    public const string Department = "department";
    public const string Status = "status";
    public const string Priority = "priority";
    public const string CreatedFrom = "created-from";
    public const string CreatedTo = "created-to";
    public const string ActivityFrom = "activity-from";
    public const string ActivityTo = "activity-to";

    public const string AscendingOrder = "asc";
    public const string DescendingOrder = "desc";
}
