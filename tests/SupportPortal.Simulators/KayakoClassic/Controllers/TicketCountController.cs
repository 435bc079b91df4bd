using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>Tickets/TicketCount (Controller_TicketCount): helpdesk-wide counts by department, status, type and owner.</summary>
internal sealed class TicketCountController : RestController
{
    public override string App => "Tickets";

    public override string Name => "TicketCount";

    public override RestResult GetList(RestCall call, RouteArguments arguments)
    {
        var store = call.Store;
        var tickets = store.Tickets.Values.ToList();
        bool Unresolved(TicketRow t) => store.Status(t.StatusId)?.MarkAsResolved != 1;

        var xml = new KayakoXml().Open("ticketcount").Open("departments");
        foreach (var department in tickets.GroupBy(t => t.DepartmentId).OrderBy(g => g.Key))
        {
            xml.Open("department", ("id", Php.Str(department.Key)))
                .Tag("totalitems", department.Count())
                .Tag("lastactivity", department.Max(t => t.LastActivity))
                .Tag("totalunresolveditems", department.Count(Unresolved));
            foreach (var status in department.GroupBy(t => t.StatusId).OrderBy(g => g.Key))
            {
                xml.Tag("ticketstatus", string.Empty, Counts(status, null));
            }

            foreach (var type in department.GroupBy(t => t.TypeId).OrderBy(g => g.Key))
            {
                xml.Tag("tickettype", string.Empty, Counts(type, Unresolved));
            }

            foreach (var owner in department.GroupBy(t => t.OwnerStaffId).OrderBy(g => g.Key))
            {
                xml.Tag("ownerstaff", string.Empty, Counts(owner, Unresolved));
            }

            xml.Close("department");
        }

        xml.Close("departments").Comment("Ticket Count grouped by Status").Open("statuses");
        foreach (var status in tickets.GroupBy(t => t.StatusId).OrderBy(g => g.Key))
        {
            xml.Tag("ticketstatus", string.Empty, Counts(status, null));
        }

        xml.Close("statuses").Comment("Ticket Count grouped by Owner Staff").Open("owners");
        foreach (var owner in tickets.GroupBy(t => t.OwnerStaffId).OrderBy(g => g.Key))
        {
            xml.Tag("ownerstaff", string.Empty, Counts(owner, Unresolved));
        }

        xml.Close("owners").Comment("Unassigned Ticket Count grouped by Department").Open("unassigned");
        foreach (var department in tickets.Where(t => t.OwnerStaffId == 0).GroupBy(t => t.DepartmentId).OrderBy(g => g.Key))
        {
            xml.Tag("department", string.Empty, Counts(department, Unresolved));
        }

        return RestResult.Xml(xml.Close("unassigned").Close("ticketcount"));
    }

    private static (string, string)[] Counts(IGrouping<int, TicketRow> group, Func<TicketRow, bool>? unresolved)
    {
        (string, string)[] counts =
        [
            ("id", Php.Str(group.Key)),
            ("lastactivity", Php.Str(group.Max(t => t.LastActivity))),
            ("totalitems", Php.Str(group.Count())),
        ];
        return unresolved is null ? counts : [.. counts, ("totalunresolveditems", Php.Str(group.Count(unresolved)))];
    }
}
