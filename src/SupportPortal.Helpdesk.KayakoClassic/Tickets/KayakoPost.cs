using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.Tickets;

/// <summary>
/// One post of a ticket. Private posts are staff-only notes in the thread and never reach the customer.
/// Kayako's REST API says nothing about edits, so posts read as unedited.
/// </summary>
internal sealed record KayakoPost(int Id, DateTimeOffset Date, int UserId, string FullName, string Email, bool IsHtml, int StaffId, bool IsPrivate, string Contents)
{
    public static KayakoPost From(XElement post) => new(
        post.Int("id", KayakoTicket.Controller),
        post.UnixTimeOrEpoch("dateline"),
        post.IntOrZero("userid"),
        post.Text("fullname"),
        post.Text("email"),
        post.Flag("ishtml"),
        post.IntOrZero("staffid"),
        post.Flag("isprivate"),
        post.Text("contents"));

    public TicketPost ToContract(IReadOnlyList<TicketAttachment> attachments) =>
        new(Id, Date, UserId, FullName, Email, Edited: false, EditedByStaffId: 0, EditedDate: null, IsHtml, StaffId, Contents, attachments);
}
