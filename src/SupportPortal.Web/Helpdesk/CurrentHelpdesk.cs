using SupportPortal.Helpdesk;
using SupportPortal.Web.Theming;

namespace SupportPortal.Web.Helpdesk;

/// <summary>
/// The helpdesk of this request's (or circuit's) brand: its own, or the default one. Fixed on first use, like
/// <see cref="CurrentBrand"/>, so a page never mixes two helpdesks.
/// </summary>
public sealed class CurrentHelpdesk(IServiceProvider services)
{
    private string? key;

    public string Key => key ??= services.GetRequiredService<HelpdeskDirectory>().KeyFor(BrandKey());

    public IHelpdesk Helpdesk => services.GetRequiredService<HelpdeskDirectory>().Get(Key);

    // Component tests register no brands: their one helpdesk is the default.
    private string BrandKey() => services.GetService<CurrentBrand>()?.Brand.Key ?? PortalBrand.DefaultKey;
}
