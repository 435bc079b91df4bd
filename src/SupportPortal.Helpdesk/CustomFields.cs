namespace SupportPortal.Helpdesk;

/// <summary>The seven custom field types, with the Integration API's numbers.</summary>
public enum CustomFieldType
{
    Text = 1,
    TextArea = 2,
    Password = 3,
    Checkbox = 4,
    Radio = 5,
    Select = 6,
    SelectMultiple = 7,
}

/// <summary>A department's group of custom fields (getDepartmentCustomFields).</summary>
public sealed record CustomFieldGroup(int Id, string Title, int DisplayOrder, IReadOnlyList<CustomField> Fields);

/// <summary>
/// One custom field. <paramref name="DefaultValue"/> applies to text, text area and password fields;
/// <paramref name="Options"/> to checkbox, radio, select and multi-select fields.
/// </summary>
public sealed record CustomField(
    int Id,
    string Title,
    CustomFieldType Type,
    string? DefaultValue,
    string Description,
    int DisplayOrder,
    bool IsRequired,
    IReadOnlyList<CustomFieldOption> Options)
{
    /// <summary>True for the types whose values are picked from <see cref="Options"/>.</summary>
    public bool HasOptions => Type.HasOptions();

    /// <summary>True for the types that take several values at once.</summary>
    public bool IsMultiValued => Type.IsMultiValued();
}

/// <summary>One option of a choice field: its text, its display order and whether it is preselected.</summary>
public sealed record CustomFieldOption(string Text, int Order, bool Selected);

/// <summary>A customer's answer to one custom field. Multi-valued fields list each selected option text.</summary>
public sealed record CustomFieldAnswer(int FieldId, IReadOnlyList<string> Values)
{
    public CustomFieldAnswer(int fieldId, string value)
        : this(fieldId, [value])
    {
    }
}

/// <summary>What each field type accepts.</summary>
public static class CustomFieldTypeFacts
{
    public static bool HasOptions(this CustomFieldType type) =>
        type is CustomFieldType.Checkbox or CustomFieldType.Radio or CustomFieldType.Select or CustomFieldType.SelectMultiple;

    public static bool IsMultiValued(this CustomFieldType type) =>
        type is CustomFieldType.Checkbox or CustomFieldType.SelectMultiple;
}
