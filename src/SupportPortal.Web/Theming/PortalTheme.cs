using MudBlazor;
using MudBlazor.Utilities;

namespace SupportPortal.Web.Theming;

/// <summary>Builds the MudBlazor theme from the brand colours of <see cref="PortalThemeOptions"/>.</summary>
public static class PortalTheme
{
    // MudBlazor's dark surface (#373740) with a selected item's primary tint on top, rounded up.
    private static readonly MudColor LightestDarkSurface = new("#41434F");
    private static readonly MudColor NearBlack = new("#14141A");

    public static MudTheme Create(PortalThemeOptions colours)
    {
        var primary = new MudColor(colours.Primary);
        var secondary = new MudColor(colours.Secondary);
        var darkPrimary = ReadableOnDark(primary);
        var darkSecondary = ReadableOnDark(secondary);
        return new MudTheme
        {
            PaletteLight = new PaletteLight
            {
                Primary = primary,
                Secondary = secondary,
                AppbarBackground = primary,
                Background = "#F5F7FA",

                // MudBlazor's own grey and red are a little too faint for AA on the page and on grey panels.
                TextSecondary = "rgba(0,0,0,0.64)",
                Error = "#C62828",
            },
            PaletteDark = new PaletteDark
            {
                Primary = darkPrimary,
                PrimaryContrastText = TextOn(darkPrimary),
                Secondary = darkSecondary,
                SecondaryContrastText = TextOn(darkSecondary),
                AppbarBackground = primary.ColorDarken(0.25),
                TextSecondary = "rgba(255,255,255,0.70)",

                // Alerts write their text in the darker shade, so both must read on the dark surface.
                Error = "#FF8A80",
                ErrorDarken = "#FF8A80",
            },
            Typography = new Typography
            {
                // The system's fonts unless the brand names its own: no extra request, no call to a font host.
                Default = new DefaultTypography { FontFamily = FontStack(colours.FontFamily) },
                Button = new ButtonTypography { TextTransform = "none", FontWeight = "600" },
            },
        };
    }

    /// <summary>
    /// The brand colour lightened until it reads as text (links, text buttons) on the dark palette's surfaces, with a
    /// little room for the tinted backgrounds of selected and hovered items.
    /// </summary>
    private static MudColor ReadableOnDark(MudColor colour)
    {
        var candidate = colour.ColorLighten(0.2);
        for (var step = 0; step < 12 && ColourContrast.Ratio(candidate, LightestDarkSurface) < ColourContrast.AaForText; step++)
        {
            candidate = candidate.ColorLighten(0.05);
        }

        return candidate;
    }

    // White or near-black on a filled button.
    private static MudColor TextOn(MudColor background) => ColourContrast.TextOn(background, NearBlack);

    private static string[] FontStack(string configured)
    {
        var fonts = configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return fonts.Length > 0 ? fonts : ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];
    }

    public static bool TryParseColour(string? value, out MudColor? colour)
    {
        colour = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        try
        {
            colour = new MudColor(value);
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or IndexOutOfRangeException or OverflowException)
        {
            return false;
        }
    }
}
