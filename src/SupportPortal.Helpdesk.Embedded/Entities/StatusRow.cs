namespace SupportPortal.Helpdesk.Embedded.Entities;

/// <summary>A ticket status, with the colours the portal shows it in.</summary>
internal sealed class StatusRow
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public int DisplayOrder { get; set; }

    public bool IsPublic { get; set; }

    public required string ForeColor { get; set; }

    public required string BackColor { get; set; }

    /// <summary>The status a newly submitted ticket starts in.</summary>
    public bool IsDefault { get; set; }
}
