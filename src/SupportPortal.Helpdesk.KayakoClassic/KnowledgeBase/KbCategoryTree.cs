using SupportPortal.Helpdesk.KayakoClassic.ReferenceData;

namespace SupportPortal.Helpdesk.KayakoClassic.KnowledgeBase;

/// <summary>
/// The categories a customer may see — published, not private, and (for "inherit" categories) under a visible
/// parent — as a tree, so children and breadcrumb trails need no further calls.
/// </summary>
internal sealed class KbCategoryTree
{
    /// <summary>The id the Integration API uses for the root of the knowledge base.</summary>
    public const int RootId = 0;

    private readonly Dictionary<int, KayakoKbCategory> visible;
    private readonly ILookup<int, KayakoKbCategory> byParent;

    public KbCategoryTree(IReadOnlyList<KayakoKbCategory> categories)
    {
        var all = categories.ToDictionary(c => c.Id);
        visible = categories.Where(c => IsVisible(c, all)).ToDictionary(c => c.Id);
        byParent = visible.Values.OrderBy(c => c.DisplayOrder).ThenBy(c => c.Id).ToLookup(c => c.ParentId);
    }

    public bool Contains(int categoryId) => categoryId == RootId || visible.ContainsKey(categoryId);

    public IReadOnlyList<KnowledgeBaseCategory> ChildrenOf(int categoryId) =>
        byParent[categoryId].Select(c => new KnowledgeBaseCategory(c.Id, c.Title)).ToList();

    /// <summary>The category and its ancestors, root first; the root itself has an empty trail.</summary>
    public IReadOnlyList<Breadcrumb> TrailTo(int categoryId)
    {
        var trail = new List<Breadcrumb>();
        var seen = new HashSet<int>();
        for (var id = categoryId; visible.TryGetValue(id, out var category) && seen.Add(id); id = category.ParentId)
        {
            trail.Add(new Breadcrumb(category.Id, category.Title));
        }

        trail.Reverse();
        return trail;
    }

    private static bool IsVisible(KayakoKbCategory category, Dictionary<int, KayakoKbCategory> all)
    {
        var seen = new HashSet<int>();
        for (var current = category; seen.Add(current.Id); )
        {
            if (!current.IsPublished || current.IsPrivate)
            {
                return false;
            }

            if (current.ParentId == RootId || !all.TryGetValue(current.ParentId, out var parent))
            {
                return true;
            }

            current = parent;
        }

        // A cycle in the parent links: show nothing rather than loop.
        return false;
    }
}
