using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>Base/Department (Controller_Department): read-only in the simulator.</summary>
internal sealed class DepartmentController : RestController
{
    public override string App => "Base";

    public override string Name => "Department";

    public override RestResult GetList(RestCall call, RouteArguments arguments) => Render(call.Store.Departments);

    // ProcessDepartments((int) $id): a non-numeric id casts to 0, which lists every department.
    public override RestResult Get(RestCall call, RouteArguments arguments)
    {
        var id = Php.ToInt(arguments[0]);
        return Render(id == 0 ? call.Store.Departments : call.Store.Departments.Where(d => d.Id == id));
    }

    private static RestResult Render(IEnumerable<DepartmentRow> departments)
    {
        var xml = new KayakoXml().Open("departments");
        foreach (var department in departments.OrderBy(d => d.Id))
        {
            xml.Open("department")
                .Tag("id", department.Id)
                .Tag("title", department.Title)
                .Tag("type", department.Type)
                .Tag("module", department.App)
                .Tag("app", department.App)
                .Tag("displayorder", department.DisplayOrder)
                .Tag("parentdepartmentid", department.ParentDepartmentId)
                .Tag("uservisibilitycustom", department.UserVisibilityCustom)
                .Open("usergroups");
            foreach (var group in department.UserGroupIds)
            {
                xml.Tag("id", group);
            }

            xml.Close("usergroups").Close("department");
        }

        return RestResult.Xml(xml.Close("departments"));
    }
}
