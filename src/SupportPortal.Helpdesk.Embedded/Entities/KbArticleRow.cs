namespace SupportPortal.Helpdesk.Embedded.Entities;

/// <summary>A knowledge-base article with its vote counts, from which its 1-5 rating is derived.</summary>
internal sealed class KbArticleRow
{
    public int Id { get; set; }

    /// <summary>Null for an article at the root of the knowledge base.</summary>
    public int? CategoryId { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public ContentFormat BodyFormat { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int DisplayOrder { get; set; }

    public int HelpfulVotes { get; set; }

    public int UnhelpfulVotes { get; set; }
}
