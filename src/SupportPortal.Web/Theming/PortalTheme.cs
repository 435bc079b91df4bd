using MudBlazor;
using MudBlazor.Utilities;

namespace SupportPortal.Web.Theming;

/// <summary>Builds the MudBlazor theme from the brand colours of <see cref="PortalThemeOptions"/>.</summary>
public static class PortalTheme
{
    public static MudTheme Create(PortalThemeOptions colours)
    {
        var primary = new MudColor(colours.Primary);
        var secondary = new MudColor(colours.Secondary);
        return new MudTheme
        {
            PaletteLight = new PaletteLight
            {
                Primary = primary,
                Secondary = secondary,
                AppbarBackground = primary,
                Background = "#F5F7FA",
            },
            PaletteDark = new PaletteDark
            {
                Primary = primary.ColorLighten(0.2),
                Secondary = secondary.ColorLighten(0.2),
                AppbarBackground = primary.ColorDarken(0.25),
            },
            Typography = new Typography
            {
                // The system's fonts unless the brand names its own: no extra request, no call to a font host.
                Default = new DefaultTypography { FontFamily = FontStack(colours.FontFamily) },
                Button = new ButtonTypography { TextTransform = "none", FontWeight = "600" },
            },
        };
    }

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
