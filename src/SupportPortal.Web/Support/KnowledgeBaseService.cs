using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Support;

/// <summary>What the knowledge-base pages ask of the helpdesk.</summary>
public sealed class KnowledgeBaseService(IHelpdesk helpdesk)
{
    /// <summary>The categories at the root of the knowledge base, in the helpdesk's order.</summary>
    public async Task<IReadOnlyList<KnowledgeBaseCategory>> GetTopCategoriesAsync(CancellationToken cancellationToken)
    {
        var root = await helpdesk.GetKnowledgeBaseCategoriesAsync(0, cancellationToken);
        return root.Categories;
    }
}
