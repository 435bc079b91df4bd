using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>
/// Controller_Ticket::IsValidSortField and the ORDER BY of ListAll. Title fields sort by the denormalized titles
/// (ticketstatustitle, prioritytitle, departmenttitle), case-insensitively as MySQL's collation does; an invalid field
/// sorts by ticketid; ties keep ticketid order.
/// </summary>
internal static class TicketSorting
{
    private static readonly string[] ValidFields =
    [
        "ticketstatustitle", "departmenttitle", "userid", "ownerstaffid", "dateline", "totalreplies", "hasattachments", "hasnotes",
        "lastactivity", "duetime", "creator", "isphonecall", "isescalated", "hasfollowup", "hasratings", "islinked", "tickettype",
        "tickettypetitle", "tickettypeid", "creationmode", "resolutiondateline", "isresolved", "iswatched", "prioritytitle", "lastreplier",
    ];

    public static IEnumerable<TicketRow> Sort(KayakoStore store, IEnumerable<TicketRow> tickets, string? sortField, string? sortOrder)
    {
        var field = (sortField ?? string.Empty).Trim().ToLowerInvariant();
        var descending = string.Equals(sortOrder?.Trim(), "DESC", StringComparison.OrdinalIgnoreCase);
        if (!ValidFields.Contains(field))
        {
            return descending ? tickets.OrderByDescending(t => t.Id) : tickets.OrderBy(t => t.Id);
        }

        var key = Key(store, field);
        var ordered = descending ? tickets.OrderByDescending(key, KeyComparer.Instance) : tickets.OrderBy(key, KeyComparer.Instance);
        return ordered.ThenBy(t => t.Id);
    }

    private static Func<TicketRow, IComparable> Key(KayakoStore store, string field) => field switch
    {
        "ticketstatustitle" => t => store.Status(t.StatusId)?.Title ?? string.Empty,
        "departmenttitle" => t => store.Department(t.DepartmentId)?.Title ?? string.Empty,
        "prioritytitle" => t => store.Priority(t.PriorityId)?.Title ?? string.Empty,
        "tickettypetitle" => t => store.Type(t.TypeId)?.Title ?? string.Empty,
        "lastreplier" => t => t.LastReplier,
        "userid" => t => t.UserId,
        "ownerstaffid" => t => t.OwnerStaffId,
        "dateline" => t => t.Dateline,
        "totalreplies" => t => t.TotalReplies,
        "hasattachments" => t => store.Attachments.Values.Any(a => a.TicketId == t.Id) ? 1 : 0,
        "lastactivity" => t => t.LastActivity,
        "duetime" => t => t.DueTime,
        "creator" => t => t.Creator,
        "isphonecall" => t => t.TicketType == 2 ? 1 : 0,
        "isescalated" => t => t.IsEscalated,
        "tickettype" => t => t.TicketType,
        "tickettypeid" => t => t.TypeId,
        "creationmode" => t => t.CreationMode,
        "isresolved" => t => store.Status(t.StatusId)?.MarkAsResolved ?? 0,
        _ => _ => 0,
    };

    private sealed class KeyComparer : IComparer<IComparable>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(IComparable? x, IComparable? y) =>
            x is string left && y is string right
                ? StringComparer.OrdinalIgnoreCase.Compare(left, right)
                : Comparer<IComparable>.Default.Compare(x, y);
    }
}
