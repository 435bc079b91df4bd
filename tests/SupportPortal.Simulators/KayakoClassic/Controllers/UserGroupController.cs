using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>Base/UserGroup (Controller_UserGroup): read-only in the simulator.</summary>
internal sealed class UserGroupController : RestController
{
    public override string App => "Base";

    public override string Name => "UserGroup";

    public override RestResult GetList(RestCall call, RouteArguments arguments) => Render(call, 0);

    // ProcessUserGroups((int) $id): a non-numeric id casts to 0, which lists every group.
    public override RestResult Get(RestCall call, RouteArguments arguments) => Render(call, Php.ToInt(arguments[0]));

    private static RestResult Render(RestCall call, int id)
    {
        var xml = new KayakoXml().Open("usergroups");
        foreach (var group in call.Store.UserGroups.Where(g => id == 0 || g.Id == id).OrderBy(g => g.Id))
        {
            xml.Open("usergroup")
                .Tag("id", group.Id)
                .Tag("title", group.Title)
                .Tag("grouptype", group.GroupType)
                .Tag("ismaster", group.IsMaster)
                .Close("usergroup");
        }

        return RestResult.Xml(xml.Close("usergroups"));
    }
}
