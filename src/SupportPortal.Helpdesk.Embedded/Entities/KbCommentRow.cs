namespace SupportPortal.Helpdesk.Embedded.Entities;

/// <summary>A visitor's comment on a knowledge-base article.</summary>
internal sealed class KbCommentRow
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public required string Name { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
