using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>Base/CustomFieldGroup (Controller_CustomFieldGroup): all groups, or those linked to one department.</summary>
internal sealed class CustomFieldGroupController : RestController
{
    public override string App => "Base";

    public override string Name => "CustomFieldGroup";

    public override RestResult GetList(RestCall call, RouteArguments arguments)
    {
        var xml = new KayakoXml().Open("customfieldgroups");
        foreach (var group in call.Store.CustomFieldGroups.OrderBy(g => g.DisplayOrder).ThenBy(g => g.Id))
        {
            xml.Tag("customfieldgroup", string.Empty, Columns(group));
        }

        return RestResult.Xml(xml.Close("customfieldgroups"));
    }

    /// <summary>The groups joined with their department links; the join adds the link's own columns.</summary>
    public override RestResult Get(RestCall call, RouteArguments arguments)
    {
        if (Php.IsEmpty(arguments[0]))
        {
            return GetList(call, arguments);
        }

        var departmentId = Php.ToInt(arguments[0]);
        var xml = new KayakoXml().Open("customfieldgroups");
        foreach (var group in call.Store.CustomFieldGroups.Where(g => g.DepartmentIds.Contains(departmentId)).OrderBy(g => g.DisplayOrder).ThenBy(g => g.Id))
        {
            var linkId = (group.Id * 100) + departmentId;
            xml.Tag("customfieldgroup", string.Empty, [.. Columns(group), ("customfielddeplinkid", Php.Str(linkId)), ("departmentid", Php.Str(departmentId))]);
        }

        return RestResult.Xml(xml.Close("customfieldgroups"));
    }

    private static (string, string)[] Columns(CustomFieldGroupRow group) =>
    [
        ("customfieldgroupid", Php.Str(group.Id)),
        ("title", group.Title),
        ("grouptype", Php.Str(group.GroupType)),
        ("visibilitytype", Php.Str(group.VisibilityType)),
        ("displayorder", Php.Str(group.DisplayOrder)),
    ];
}
