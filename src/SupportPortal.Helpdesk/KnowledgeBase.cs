namespace SupportPortal.Helpdesk;

/// <summary>One step of a breadcrumb trail: an ancestor category, root first.</summary>
public sealed record Breadcrumb(int CategoryId, string Title);

/// <summary>A knowledge-base category as listed inside its parent.</summary>
public sealed record KnowledgeBaseCategory(int Id, string Title);

/// <summary>The children of one category, with the trail of its ancestors.</summary>
public sealed record KnowledgeBaseCategoryList(
    IReadOnlyList<KnowledgeBaseCategory> Categories,
    IReadOnlyList<Breadcrumb> Breadcrumbs);

/// <summary>An article as listed in its category. <paramref name="Rating"/> runs from 1 to 5.</summary>
public sealed record KnowledgeBaseArticleSummary(int Id, string Subject, int Rating);

/// <summary>How a body of text is written, so the portal knows how to render it safely.</summary>
public enum ContentFormat
{
    PlainText,
    Html,
    Markdown,
}

/// <summary>A whole article. <paramref name="Rating"/> runs from 1 to 5; comments are earliest first.</summary>
public sealed record KnowledgeBaseArticle(
    int Id,
    IReadOnlyList<Breadcrumb> Breadcrumbs,
    string Title,
    string Body,
    ContentFormat BodyFormat,
    DateTimeOffset Date,
    int Rating,
    IReadOnlyList<ArticleComment> Comments);

/// <summary>A customer's comment on an article.</summary>
public sealed record ArticleComment(string Name, DateTimeOffset Date, string Body);
