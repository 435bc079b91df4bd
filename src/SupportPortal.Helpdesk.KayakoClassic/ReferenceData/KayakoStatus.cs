using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.ReferenceData;

/// <summary>
/// A ticket status (Tickets/TicketStatus). <paramref name="DepartmentId"/> 0 means every department;
/// <paramref name="MarksResolved"/> statuses are the ones ListAll leaves out unless asked for by id.
/// </summary>
internal sealed record KayakoStatus(int Id, string Title, int DisplayOrder, int DepartmentId, bool IsPublic, bool MarksResolved, string ForeColor, string BackColor)
{
    public const string Controller = "Tickets/TicketStatus";

    public bool AppliesTo(int departmentId) => DepartmentId == 0 || DepartmentId == departmentId;

    public static KayakoStatus From(XElement status) => new(
        status.Int("id", Controller),
        status.Text("title"),
        status.IntOrZero("displayorder"),
        status.IntOrZero("departmentid"),
        status.Text("type") == "public",
        status.Flag("markasresolved"),
        Colors.OrInherit(status.Text("statuscolor")),
        Colors.OrInherit(status.Text("statusbgcolor")));

    public TicketStatus ToContract() => new(Id, Title, DisplayOrder, IsPublic, ForeColor, BackColor);
}
