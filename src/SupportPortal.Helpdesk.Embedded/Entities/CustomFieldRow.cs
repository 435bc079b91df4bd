namespace SupportPortal.Helpdesk.Embedded.Entities;

/// <summary>One custom field of a group; choice fields have their options as rows of their own.</summary>
internal sealed class CustomFieldRow
{
    public int Id { get; set; }

    public int GroupId { get; set; }

    public CustomFieldGroupRow? Group { get; set; }

    public required string Title { get; set; }

    public CustomFieldType Type { get; set; }

    /// <summary>Prefilled text for text, text area and password fields.</summary>
    public string? DefaultValue { get; set; }

    public string Description { get; set; } = "";

    public int DisplayOrder { get; set; }

    public bool IsRequired { get; set; }

    public List<CustomFieldOptionRow> Options { get; set; } = [];
}
