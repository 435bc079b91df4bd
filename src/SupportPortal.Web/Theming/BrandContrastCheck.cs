using MudBlazor.Utilities;

namespace SupportPortal.Web.Theming;

/// <summary>
/// At start-up, warns (does not refuse) when a brand's colours are too faint to read: white text on the primary or
/// secondary colour (app bar, buttons), and either colour as text on the page (links). The brand still works; the
/// operator learns which setting to darken.
/// </summary>
internal sealed class BrandContrastCheck(PortalBrands brands, ILogger<BrandContrastCheck> logger) : IHostedService
{
    private static readonly MudColor White = new("#FFFFFF");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var brand in brands.All)
        {
            var section = brand.Key == PortalBrand.DefaultKey ? PortalOptions.SectionName : $"{PortalBrands.BrandsSection}:{brand.Key}";
            Check(brand.Name, $"{section}:Theme:Primary", brand.Options.Theme.Primary);
            Check(brand.Name, $"{section}:Theme:Secondary", brand.Options.Theme.Secondary);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Check(string brandName, string setting, string value)
    {
        // White text on the colour, and the colour as text on the white page, are the same pair.
        var ratio = ColourContrast.Ratio(new MudColor(value), White);
        if (ratio < ColourContrast.AaForText)
        {
            logger.LogWarning(
                "{Setting} {Colour} of brand {Brand} has a contrast of {Ratio:0.0}:1 with white, below the {Required}:1 WCAG AA asks for text; customers may not read the app bar, buttons and links. Choose a darker colour.",
                setting, value, brandName, ratio, ColourContrast.AaForText);
        }
    }
}
