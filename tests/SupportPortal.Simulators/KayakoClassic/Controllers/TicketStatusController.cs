using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>Tickets/TicketStatus (Controller_TicketStatus).</summary>
internal sealed class TicketStatusController : RestController
{
    public override string App => "Tickets";

    public override string Name => "TicketStatus";

    public override RestResult GetList(RestCall call, RouteArguments arguments) => Render(ById.Select(call.Store.Statuses, null, s => s.Id));

    public override RestResult Get(RestCall call, RouteArguments arguments) => Render(ById.Select(call.Store.Statuses, arguments[0], s => s.Id));

    private static RestResult Render(IEnumerable<TicketStatusRow> statuses)
    {
        var xml = new KayakoXml().Open("ticketstatuses");
        foreach (var status in statuses)
        {
            xml.Open("ticketstatus")
                .Tag("id", status.Id)
                .Tag("title", status.Title)
                .Tag("displayorder", status.DisplayOrder)
                .Tag("departmentid", status.DepartmentId)
                .Tag("displayicon", status.DisplayIcon)
                .Tag("type", status.Type)
                .Tag("displayinmainlist", status.DisplayInMainList)
                .Tag("markasresolved", status.MarkAsResolved)
                .Tag("displaycount", status.DisplayCount)
                .Tag("statuscolor", status.StatusColor)
                .Tag("statusbgcolor", status.StatusBackgroundColor)
                .Tag("resetduetime", status.ResetDueTime)
                .Tag("triggersurvey", status.TriggerSurvey)
                .Tag("staffvisibilitycustom", status.StaffVisibilityCustom);
            foreach (var group in status.StaffGroupIds)
            {
                xml.Tag("staffgroupid", group);
            }

            xml.Close("ticketstatus");
        }

        return RestResult.Xml(xml.Close("ticketstatuses"));
    }
}
