using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>
/// Controller_Ticket::ProcessTicketRelatedData: the department / status / owner / user filters of ListAll and
/// GetTicketCount, including the rule that no (valid) status filter means "unresolved statuses only".
/// </summary>
internal sealed class TicketListFilter
{
    private readonly HashSet<int> departmentIds;
    private readonly HashSet<int>? statusIds;
    private readonly HashSet<int>? ownerStaffIds;
    private readonly HashSet<int>? userIds;

    public TicketListFilter(KayakoStore store, string? departments, string? statuses, string? owners, string? users)
    {
        departmentIds = IdList(departments).Where(id => store.Department(id) is not null).ToHashSet();

        var requestedStatuses = IsUnset(statuses) ? [] : IdList(statuses);
        var validStatuses = requestedStatuses
            .Where(id => store.Status(id) is { } status && (status.DepartmentId == 0 || departmentIds.Contains(status.DepartmentId)))
            .ToHashSet();
        if (validStatuses.Count == 0)
        {
            // "If no ticket status'es were received, we use the unresolved ones" (the source compares the status id with
            // the department ids here, a bug kept as is).
            validStatuses = store.Statuses
                .Where(s => (s.DepartmentId == 0 || departmentIds.Contains(s.Id)) && s.MarkAsResolved == 0)
                .Select(s => s.Id)
                .ToHashSet();
        }

        statusIds = validStatuses.Count == 0 ? null : validStatuses;
        ownerStaffIds = IsUnset(owners) ? null : IdList(owners).ToHashSet();
        userIds = IsUnset(users) ? null : IdList(users).ToHashSet();
    }

    public bool Matches(TicketRow ticket) =>
        departmentIds.Contains(ticket.DepartmentId)
        && (statusIds is null || statusIds.Contains(ticket.StatusId))
        && (ownerStaffIds is null || ownerStaffIds.Count == 0 || ownerStaffIds.Contains(ticket.OwnerStaffId))
        && (userIds is null || userIds.Count == 0 || userIds.Contains(ticket.UserId));

    /// <summary>RetrieveIDListFromCSV: a number, or a comma list of numbers (others dropped), or else [0].</summary>
    public static IReadOnlyList<int> IdList(string? csv)
    {
        if (Php.IsNumeric(csv))
        {
            return [Php.ToInt(csv)];
        }

        if (csv is not null && csv.Contains(','))
        {
            return csv.Split(',').Where(Php.IsNumeric).Select(Php.ToInt).ToList();
        }

        return [0];
    }

    /// <summary>The optional filters default to -1, compared loosely (<c>$x != -1</c>).</summary>
    private static bool IsUnset(string? value) => value is null || (Php.IsNumeric(value) && double.Parse(value.Trim(), System.Globalization.CultureInfo.InvariantCulture) == -1);
}
