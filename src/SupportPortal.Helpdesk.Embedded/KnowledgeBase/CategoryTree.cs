using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>
/// The whole category tree, read in one query (a knowledge base has tens or hundreds of categories),
/// so children and breadcrumb trails come without a query per level.
/// </summary>
internal sealed class CategoryTree
{
    private readonly Dictionary<int, KbCategoryRow> byId;
    private readonly ILookup<int, KbCategoryRow> byParent;

    /// <param name="categories">Every category, in display order.</param>
    public CategoryTree(IReadOnlyList<KbCategoryRow> categories)
    {
        byId = categories.ToDictionary(c => c.Id);
        byParent = categories.ToLookup(c => c.ParentId ?? RootId);
    }

    /// <summary>The id the Integration API uses for the root of the knowledge base.</summary>
    public const int RootId = 0;

    public bool Contains(int categoryId) => categoryId == RootId || byId.ContainsKey(categoryId);

    public IReadOnlyList<KnowledgeBaseCategory> ChildrenOf(int categoryId) =>
        byParent[categoryId].Select(c => new KnowledgeBaseCategory(c.Id, c.Title)).ToList();

    /// <summary>
    /// The category and its ancestors, root first — as in the Integration API's example, where the trail of
    /// "Example Category 2" lists that category itself. The root (0) has an empty trail.
    /// </summary>
    public IReadOnlyList<Breadcrumb> TrailTo(int? categoryId)
    {
        var trail = new List<Breadcrumb>();
        var visited = new HashSet<int>();
        for (var id = categoryId; id is int current && byId.TryGetValue(current, out var category) && visited.Add(current); id = category.ParentId)
        {
            trail.Add(new Breadcrumb(category.Id, category.Title));
        }

        trail.Reverse();
        return trail;
    }
}
