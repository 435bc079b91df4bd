using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.ReferenceData;

/// <summary>A custom field group (Base/CustomFieldGroup), its columns sent as attributes.</summary>
internal sealed record KayakoFieldGroup(int Id, string Title, int GroupType, int DisplayOrder)
{
    public const string Controller = "Base/CustomFieldGroup";

    // SWIFT_CustomFieldGroup: 4 = User Ticket Creation, 9 = Staff & User Ticket Creation.
    // 3 (Staff Ticket Creation) is for staff only and never shown to a customer.
    private const int UserTicket = 4;
    private const int StaffAndUserTicket = 9;

    public bool IsForCustomerTickets => GroupType is UserTicket or StaffAndUserTicket;

    public static KayakoFieldGroup From(XElement group) => new(
        group.Int("customfieldgroupid", Controller),
        group.Text("title"),
        group.IntOrZero("grouptype"),
        group.IntOrZero("displayorder"));
}
