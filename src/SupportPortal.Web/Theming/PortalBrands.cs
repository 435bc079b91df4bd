using Microsoft.Extensions.Options;

namespace SupportPortal.Web.Theming;

/// <summary>
/// Every brand this instance serves: the default one from <c>Portal</c>, and one per host name under
/// <c>Portal:Brands</c>, each starting from the default's settings. A request's host picks its brand; a host that is
/// not listed gets the default.
/// </summary>
public sealed class PortalBrands
{
    public const string BrandsSection = "Portal:Brands";

    private readonly Dictionary<string, PortalBrand> byHost;

    public PortalBrands(PortalBrand defaultBrand, IEnumerable<PortalBrand> hostBrands)
    {
        Default = defaultBrand;
        byHost = hostBrands.ToDictionary(brand => brand.Key, StringComparer.OrdinalIgnoreCase);
    }

    public PortalBrand Default { get; }

    public IEnumerable<PortalBrand> All => byHost.Values.Prepend(Default);

    public PortalBrand ForHost(string? host) =>
        host is not null && byHost.TryGetValue(host, out var brand) ? brand : Default;

    /// <summary>The host brands' settings: each host's section bound over a fresh copy of the default brand's.</summary>
    public static IReadOnlyList<(string Host, string Section, PortalOptions Options)> ReadHostOptions(IConfiguration configuration)
    {
        var portal = configuration.GetSection(PortalOptions.SectionName);
        var brands = new List<(string, string, PortalOptions)>();
        foreach (var section in configuration.GetSection(BrandsSection).GetChildren())
        {
            var options = new PortalOptions();
            portal.Bind(options);

            // A brand lists its own footer links, or none: merging two lists by position would mix the companies.
            if (section.GetSection(nameof(PortalOptions.FooterLinks)).Exists())
            {
                options.FooterLinks = [];
            }

            section.Bind(options);
            brands.Add((section.Key, section.Path, options));
        }

        return brands;
    }

    internal static PortalBrands Create(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var defaultOptions = services.GetRequiredService<IOptions<PortalOptions>>().Value;
        return new PortalBrands(
            Build(services, PortalBrand.DefaultKey, defaultOptions),
            ReadHostOptions(configuration).Select(brand => Build(services, brand.Host, brand.Options)));
    }

    private static PortalBrand Build(IServiceProvider services, string key, PortalOptions options)
    {
        var theme = PortalTheme.Create(options.Theme);
        return new PortalBrand(key, options, theme, DarkPalette.Variables(services, theme));
    }
}
