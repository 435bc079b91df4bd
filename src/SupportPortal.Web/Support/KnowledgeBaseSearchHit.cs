using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Support;

/// <summary>
/// One search result. <paramref name="Snippet"/> is plain text from the article; <paramref name="Highlights"/> are
/// the ranges in it that matched the query, to mark.
/// </summary>
public sealed record KnowledgeBaseSearchHit(
    int ArticleId,
    string Title,
    string Snippet,
    IReadOnlyList<(int Start, int Length)> Highlights)
{
    /// <summary>The ranges of <see cref="Title"/> that matched the query.</summary>
    public IReadOnlyList<(int Start, int Length)> TitleHighlights { get; init; } = [];

    /// <summary>The article's categories, root first, to say where it sits.</summary>
    public IReadOnlyList<Breadcrumb> Trail { get; init; } = [];
}
