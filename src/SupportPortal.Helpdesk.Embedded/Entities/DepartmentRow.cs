namespace SupportPortal.Helpdesk.Embedded.Entities;

/// <summary>A ticket department.</summary>
internal sealed class DepartmentRow
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public bool IsPublic { get; set; }

    /// <summary>The department the submit form preselects.</summary>
    public bool IsDefault { get; set; }

    public int DisplayOrder { get; set; }

    public List<CustomFieldGroupRow> CustomFieldGroups { get; set; } = [];
}
