using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.ReferenceData;

/// <summary>
/// A custom field (Base/CustomField, columns as attributes) with its options (Base/CustomField/ListOptions).
/// Kayako's types 1-7 are the contract's; 8 (custom), 9 (linked select), 10 (date) and 11 (file) have no
/// counterpart and are left out of what the portal shows.
/// <paramref name="FieldName"/> is the key Tickets/TicketCustomField expects the value under.
/// </summary>
internal sealed record KayakoField(
    int Id,
    int GroupId,
    string Title,
    int FieldType,
    string FieldName,
    string DefaultValue,
    bool IsRequired,
    int DisplayOrder,
    string Description,
    IReadOnlyList<KayakoFieldOption> Options)
{
    public const string Controller = "Base/CustomField";

    public bool IsSupported => FieldType is >= (int)CustomFieldType.Text and <= (int)CustomFieldType.SelectMultiple;

    public CustomFieldType Type => (CustomFieldType)FieldType;

    public static KayakoField From(XElement field) => new(
        field.Int("customfieldid", Controller),
        field.IntOrZero("customfieldgroupid"),
        field.Text("title"),
        field.IntOrZero("fieldtype"),
        field.Text("fieldname"),
        field.Text("defaultvalue"),
        field.Flag("isrequired"),
        field.IntOrZero("displayorder"),
        field.Text("description"),
        []);

    public CustomField ToContract() => new(
        Id,
        Title,
        Type,
        Type.HasOptions() ? null : DefaultValue,
        Description,
        DisplayOrder,
        IsRequired,
        Options.Select(o => new CustomFieldOption(o.Text, o.DisplayOrder, o.IsSelected)).ToList());
}

/// <summary>One option of a choice field; tickets store its id, customers see its text.</summary>
internal sealed record KayakoFieldOption(int Id, string Text, int DisplayOrder, bool IsSelected)
{
    public const string Controller = "Base/CustomField/ListOptions";

    public static KayakoFieldOption From(XElement option) => new(
        option.Int("customfieldoptionid", Controller),
        option.Text("optionvalue"),
        option.IntOrZero("displayorder"),
        option.Flag("isselected"));
}
