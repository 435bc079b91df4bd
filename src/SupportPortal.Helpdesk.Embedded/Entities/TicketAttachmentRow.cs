namespace SupportPortal.Helpdesk.Embedded.Entities;

/// <summary>
/// An attachment's metadata. The bytes live in the content-addressed file store under <see cref="ContentSha256"/>,
/// so identical files attached twice are stored once.
/// </summary>
internal sealed class TicketAttachmentRow
{
    public int Id { get; set; }

    public int TicketId { get; set; }

    public int PostId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public required string ContentSha256 { get; set; }
}
