namespace SupportPortal.Helpdesk.Embedded.Entities;

/// <summary>A knowledge-base category; a null parent means it sits at the root.</summary>
internal sealed class KbCategoryRow
{
    public int Id { get; set; }

    public int? ParentId { get; set; }

    public required string Title { get; set; }

    public int DisplayOrder { get; set; }
}
