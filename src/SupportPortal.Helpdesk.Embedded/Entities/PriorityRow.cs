namespace SupportPortal.Helpdesk.Embedded.Entities;

/// <summary>A ticket priority, with the colours the portal shows it in.</summary>
internal sealed class PriorityRow
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public int DisplayOrder { get; set; }

    public bool IsPublic { get; set; }

    public required string ForeColor { get; set; }

    public required string BackColor { get; set; }

    public bool IsCustom { get; set; }
}
