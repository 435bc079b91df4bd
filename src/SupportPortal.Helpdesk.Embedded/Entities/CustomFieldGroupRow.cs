namespace SupportPortal.Helpdesk.Embedded.Entities;

/// <summary>A group of custom fields shown on one department's submit form.</summary>
internal sealed class CustomFieldGroupRow
{
    public int Id { get; set; }

    public int DepartmentId { get; set; }

    public required string Title { get; set; }

    public int DisplayOrder { get; set; }

    public List<CustomFieldRow> Fields { get; set; } = [];
}
