using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.Tickets;

/// <summary>
/// One custom field of a ticket as Tickets/TicketCustomField renders it: <c>&lt;field id type name title&gt;value&lt;/field&gt;</c>
/// inside its <c>&lt;group id title displayorder&gt;</c>. The value is raw wire text; <see cref="FieldValueText"/> reads it.
/// </summary>
internal sealed record KayakoFieldValue(int GroupId, string GroupTitle, int GroupDisplayOrder, int FieldId, string Title, int FieldType, string RawValue)
{
    public const string Controller = "Tickets/TicketCustomField";

    public static IEnumerable<KayakoFieldValue> From(XElement customFields) =>
        customFields.Elements("group").SelectMany(group => group.Elements("field").Select(field => new KayakoFieldValue(
            group.Int("id", Controller),
            group.Text("title"),
            group.IntOrZero("displayorder"),
            field.Int("id", Controller),
            field.Text("title"),
            field.IntOrZero("type"),
            field.Value)));
}
