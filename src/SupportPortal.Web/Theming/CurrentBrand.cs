using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace SupportPortal.Web.Theming;

/// <summary>
/// The brand of this request, by its host name (see <see cref="PortalBrands"/>). Pages, layouts and e-mails take the
/// brand from here, never from <c>IOptions&lt;PortalOptions&gt;</c>, so no brand's name shows under another's host.
/// Fixed on first use: a circuit keeps the brand (and so the helpdesk) of the host it was opened on.
/// </summary>
public sealed class CurrentBrand(IServiceProvider services)
{
    private PortalBrand? brand;

    public PortalBrand Brand => brand ??= Resolve();

    public PortalOptions Options => Brand.Options;

    private PortalBrand Resolve()
    {
        var host = services.GetService<IHttpContextAccessor>()?.HttpContext?.Request.Host.Host ?? CircuitHost();
        if (services.GetService<PortalBrands>() is { } brands)
        {
            return brands.ForHost(host);
        }

        // Component tests register only the options; a theme built from them is the same brand.
        var options = services.GetRequiredService<IOptions<PortalOptions>>().Value;
        return new PortalBrand(PortalBrand.DefaultKey, options, PortalTheme.Create(options.Theme), "");
    }

    // In a circuit's events there may be no HttpContext; the page's own address still names the host.
    private string? CircuitHost()
    {
        try
        {
            return services.GetService<NavigationManager>() is { } navigation ? new Uri(navigation.BaseUri).Host : null;
        }
        catch (InvalidOperationException)
        {
            // Not initialized: neither a request nor a circuit is under way.
            return null;
        }
    }
}
