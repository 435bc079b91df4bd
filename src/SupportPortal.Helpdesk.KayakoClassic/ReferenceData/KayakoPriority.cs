using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.ReferenceData;

/// <summary>A ticket priority (Tickets/TicketPriority).</summary>
internal sealed record KayakoPriority(int Id, string Title, int DisplayOrder, bool IsPublic, string ForeColor, string BackColor)
{
    public const string Controller = "Tickets/TicketPriority";

    public static KayakoPriority From(XElement priority) => new(
        priority.Int("id", Controller),
        priority.Text("title"),
        priority.IntOrZero("displayorder"),
        priority.Text("type") == "public",
        Colors.OrInherit(priority.Text("frcolorcode")),
        Colors.OrInherit(priority.Text("bgcolorcode")));

    // Kayako Classic has no notion of built-in versus custom priorities.
    public TicketPriority ToContract() => new(Id, Title, DisplayOrder, IsPublic, ForeColor, BackColor, IsCustom: false);
}
