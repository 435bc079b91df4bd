namespace SupportPortal.Helpdesk.Embedded.Entities;

/// <summary>One option of a checkbox, radio, select or multi-select field.</summary>
internal sealed class CustomFieldOptionRow
{
    public int Id { get; set; }

    public int FieldId { get; set; }

    public required string Text { get; set; }

    public int DisplayOrder { get; set; }

    /// <summary>Whether the submit form preselects this option.</summary>
    public bool IsSelected { get; set; }
}
