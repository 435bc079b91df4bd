using System.Collections.Concurrent;
using SupportPortal.Web.Helpdesk;

namespace SupportPortal.Web.Support;

/// <summary>
/// The knowledge base and search index of each helpdesk: the default helpdesk's are the registered singletons, a
/// brand's own helpdesk gets its own pair on first use. Brands that share a helpdesk share its pair.
/// </summary>
public sealed class KnowledgeBases(IServiceProvider services, HelpdeskDirectory helpdesks)
{
    private readonly ConcurrentDictionary<string, Lazy<(KnowledgeBaseService Service, KnowledgeBaseSearch? Search)>> own =
        new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every helpdesk's key, the default's first.</summary>
    public IEnumerable<string> Keys => helpdesks.Keys;

    public KnowledgeBaseService Service(string helpdeskKey) =>
        HelpdeskDirectory.IsDefault(helpdeskKey) ? services.GetRequiredService<KnowledgeBaseService>() : Own(helpdeskKey).Service;

    /// <summary>The helpdesk's search index; component tests that register none get an error here, not a silent default.</summary>
    public KnowledgeBaseSearch Search(string helpdeskKey) =>
        HelpdeskDirectory.IsDefault(helpdeskKey)
            ? services.GetRequiredService<KnowledgeBaseSearch>()
            : Own(helpdeskKey).Search ?? throw new InvalidOperationException("No knowledge-base search is registered.");

    private (KnowledgeBaseService Service, KnowledgeBaseSearch? Search) Own(string key) =>
        own.GetOrAdd(key, k => new Lazy<(KnowledgeBaseService, KnowledgeBaseSearch?)>(() =>
        {
            var service = ActivatorUtilities.CreateInstance<KnowledgeBaseService>(services, k, helpdesks.Get(k));

            // Searched only where the portal registered search (the app does; some component tests do not).
            var search = services.GetService<KnowledgeBaseSearch>() is null ? null : ActivatorUtilities.CreateInstance<KnowledgeBaseSearch>(services, service);
            return (service, search);
        })).Value;
}
