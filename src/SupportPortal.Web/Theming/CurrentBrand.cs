using Microsoft.Extensions.Options;

namespace SupportPortal.Web.Theming;

/// <summary>
/// The brand of this request, by its host name (see <see cref="PortalBrands"/>). Pages, layouts and e-mails take the
/// brand from here, never from <c>IOptions&lt;PortalOptions&gt;</c>, so no brand's name shows under another's host.
/// </summary>
public sealed class CurrentBrand(IServiceProvider services)
{
    private PortalBrand? brand;

    public PortalBrand Brand => brand ??= Resolve();

    public PortalOptions Options => Brand.Options;

    private PortalBrand Resolve()
    {
        var host = services.GetService<IHttpContextAccessor>()?.HttpContext?.Request.Host.Host;
        if (services.GetService<PortalBrands>() is { } brands)
        {
            return brands.ForHost(host);
        }

        // Component tests register only the options; a theme built from them is the same brand.
        var options = services.GetRequiredService<IOptions<PortalOptions>>().Value;
        return new PortalBrand(PortalBrand.DefaultKey, options, PortalTheme.Create(options.Theme), "");
    }
}
