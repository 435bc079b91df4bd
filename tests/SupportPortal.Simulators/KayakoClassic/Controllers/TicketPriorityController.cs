using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>Tickets/TicketPriority (Controller_TicketPriority).</summary>
internal sealed class TicketPriorityController : RestController
{
    public override string App => "Tickets";

    public override string Name => "TicketPriority";

    public override RestResult GetList(RestCall call, RouteArguments arguments) => Render(ById.Select(call.Store.Priorities, null, p => p.Id));

    public override RestResult Get(RestCall call, RouteArguments arguments) => Render(ById.Select(call.Store.Priorities, arguments[0], p => p.Id));

    private static RestResult Render(IEnumerable<TicketPriorityRow> priorities)
    {
        var xml = new KayakoXml().Open("ticketpriorities");
        foreach (var priority in priorities)
        {
            xml.Open("ticketpriority")
                .Tag("id", priority.Id)
                .Tag("title", priority.Title)
                .Tag("displayorder", priority.DisplayOrder)
                .Tag("frcolorcode", priority.ForegroundColor)
                .Tag("bgcolorcode", priority.BackgroundColor)
                .Tag("type", priority.Type)
                .Tag("uservisibilitycustom", priority.UserVisibilityCustom);
            foreach (var group in priority.UserGroupIds)
            {
                xml.Tag("usergroupid", group);
            }

            xml.Close("ticketpriority");
        }

        return RestResult.Xml(xml.Close("ticketpriorities"));
    }
}
