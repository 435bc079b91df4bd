using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>Tickets/TicketType (Controller_TicketType).</summary>
internal sealed class TicketTypeController : RestController
{
    public override string App => "Tickets";

    public override string Name => "TicketType";

    public override RestResult GetList(RestCall call, RouteArguments arguments) => Render(ById.Select(call.Store.Types, null, t => t.Id));

    public override RestResult Get(RestCall call, RouteArguments arguments) => Render(ById.Select(call.Store.Types, arguments[0], t => t.Id));

    private static RestResult Render(IEnumerable<TicketTypeRow> types)
    {
        var xml = new KayakoXml().Open("tickettypes");
        foreach (var type in types)
        {
            xml.Open("tickettype")
                .Tag("id", type.Id)
                .Tag("title", type.Title)
                .Tag("displayorder", type.DisplayOrder)
                .Tag("departmentid", type.DepartmentId)
                .Tag("displayicon", type.DisplayIcon)
                .Tag("type", type.Type)
                .Tag("uservisibilitycustom", type.UserVisibilityCustom);
            foreach (var group in type.UserGroupIds)
            {
                xml.Tag("usergroupid", group);
            }

            xml.Close("tickettype");
        }

        return RestResult.Xml(xml.Close("tickettypes"));
    }
}
