using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability;
using SupportPortal.Web.Theming;

namespace SupportPortal.Web.Helpdesk;

/// <summary>
/// Every helpdesk of this instance: the default one (the <see cref="IHelpdesk"/> singleton) and one per brand with its
/// own <c>Portal:Brands:{host}:Helpdesk</c> section, keyed by that host. A brand without one shares the default. Work
/// without a request (the outbox, the search index, readiness) names the helpdesk by its key.
/// </summary>
public sealed class HelpdeskDirectory : IAsyncDisposable
{
    /// <summary>The default helpdesk's key, which brands without their own share.</summary>
    public const string DefaultKey = PortalBrand.DefaultKey;

    private readonly IServiceProvider services;
    private readonly Dictionary<string, BrandHelpdesk> byHost;

    internal HelpdeskDirectory(IServiceProvider services, IReadOnlyList<BrandHelpdesk> brandHelpdesks)
    {
        this.services = services;
        var decorators = services.GetServices<HelpdeskDecorator>().ToList();
        foreach (var brand in brandHelpdesks)
        {
            brand.Build(services, decorators);
        }

        BrandHelpdesks = brandHelpdesks;
        byHost = brandHelpdesks.ToDictionary(b => b.Host, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The default helpdesk's key, then each brand helpdesk's.</summary>
    public IEnumerable<string> Keys => BrandHelpdesks.Select(b => b.Host).Prepend(DefaultKey);

    internal IReadOnlyList<BrandHelpdesk> BrandHelpdesks { get; }

    /// <summary>The key of the helpdesk that serves the brand <paramref name="brandKey"/> (its host, or "default").</summary>
    public string KeyFor(string brandKey) => byHost.TryGetValue(brandKey, out var own) ? own.Host : DefaultKey;

    public static bool IsDefault(string key) => string.Equals(key, DefaultKey, StringComparison.OrdinalIgnoreCase);

    /// <summary>The helpdesk with key <paramref name="key"/>.</summary>
    /// <exception cref="HelpdeskException">
    /// <see cref="HelpdeskError.Misconfigured"/>: no helpdesk has the key any more (its brand's section was removed).
    /// </exception>
    public IHelpdesk Get(string key)
    {
        if (IsDefault(key))
        {
            return services.GetRequiredService<IHelpdesk>();
        }

        return byHost.TryGetValue(key, out var own)
            ? own.Helpdesk
            : throw new HelpdeskException(HelpdeskError.Misconfigured, $"No helpdesk is configured for brand '{key}' any more ({PortalBrands.BrandsSection}:{key}:Helpdesk).");
    }

    /// <summary>A cache key for data from helpdesk <paramref name="key"/>; the default's keys stay as they were.</summary>
    public static string CacheKey(string key, string name) =>
        IsDefault(key) ? name : $"helpdesk:{key.ToLowerInvariant()}:{name}";

    public async ValueTask DisposeAsync()
    {
        foreach (var brand in BrandHelpdesks)
        {
            await brand.DisposeAsync();
        }
    }
}
