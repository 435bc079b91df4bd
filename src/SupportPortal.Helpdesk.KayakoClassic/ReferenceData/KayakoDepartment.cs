using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.ReferenceData;

/// <summary>A department as Base/Department lists it; only departments of the tickets app take tickets.</summary>
internal sealed record KayakoDepartment(int Id, string Title, bool IsPublic, bool IsForTickets, int DisplayOrder)
{
    public const string Controller = "Base/Department";

    public static KayakoDepartment From(XElement department) => new(
        department.Int("id", Controller),
        department.Text("title"),
        department.Text("type") == "public",
        // "module" is the older name of "app"; Kayako sends both.
        (department.Optional("app") ?? department.Text("module")) == "tickets",
        department.IntOrZero("displayorder"));
}
