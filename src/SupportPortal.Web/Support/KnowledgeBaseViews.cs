using System.ComponentModel;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Support;

// What the knowledge-base pages show, as cached. [ImmutableObject] lets HybridCache hand out the cached instance
// itself instead of a deserialized copy on every hit; nothing here is ever changed after it is built.

/// <summary>A category's children and its breadcrumb trail (getKnowledgeBaseCategories).</summary>
[ImmutableObject(true)]
public sealed record CategoryChildren(IReadOnlyList<KnowledgeBaseCategory> Categories, IReadOnlyList<Breadcrumb> Breadcrumbs);

/// <summary>The articles directly in a category (getKnowledgeBaseArticles).</summary>
[ImmutableObject(true)]
public sealed record CategoryArticles(IReadOnlyList<KnowledgeBaseArticleSummary> Articles);

/// <summary>A category as a card: its title and how many articles it holds, sub-categories included.</summary>
public sealed record CategoryCard(int Id, string Title, int ArticleCount);

/// <summary>
/// Everything a category page shows. <paramref name="Title"/> is null when the helpdesk's trail does not name the
/// category itself; <paramref name="Ancestors"/> runs from the root down to the parent.
/// </summary>
public sealed record CategoryDetails(
    int Id,
    string? Title,
    IReadOnlyList<Breadcrumb> Ancestors,
    IReadOnlyList<CategoryCard> SubCategories,
    IReadOnlyList<KnowledgeBaseArticleSummary> Articles);

/// <summary>
/// An article ready to show: <paramref name="BodyHtml"/> has been through <see cref="PortalHtmlSanitizer"/>.
/// <paramref name="Trail"/> lists the categories from the root down to the article's own.
/// </summary>
[ImmutableObject(true)]
public sealed record ArticleDetails(
    int Id,
    IReadOnlyList<Breadcrumb> Trail,
    string Title,
    string BodyHtml,
    DateTimeOffset Date,
    int Rating,
    IReadOnlyList<ArticleComment> Comments)
{
    /// <summary>The category the article sits in; 0 for the root.</summary>
    public int CategoryId => Trail.Count == 0 ? 0 : Trail[^1].CategoryId;
}
