using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.ReferenceData;

/// <summary>A ticket type (Tickets/TicketType): Kayako requires one on every new ticket, the portal has none.</summary>
internal sealed record KayakoTicketType(int Id, string Title, int DisplayOrder, int DepartmentId, bool IsPublic)
{
    public const string Controller = "Tickets/TicketType";

    public bool AppliesTo(int departmentId) => DepartmentId == 0 || DepartmentId == departmentId;

    public static KayakoTicketType From(XElement type) => new(
        type.Int("id", Controller),
        type.Text("title"),
        type.IntOrZero("displayorder"),
        type.IntOrZero("departmentid"),
        type.Text("type") == "public");
}
