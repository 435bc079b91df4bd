using MudBlazor.Utilities;

namespace SupportPortal.Web.Theming;

/// <summary>WCAG 2 contrast between two colours (1 to 21); AA asks 4.5 for body text.</summary>
public static class ColourContrast
{
    public const double AaForText = 4.5;

    public static double Ratio(MudColor first, MudColor second)
    {
        var (lighter, darker) = (Luminance(first), Luminance(second)) is var (a, b) && a >= b ? (a, b) : (b, a);
        return (lighter + 0.05) / (darker + 0.05);
    }

    /// <summary>White or <paramref name="dark"/>, whichever reads better on <paramref name="background"/>.</summary>
    public static MudColor TextOn(MudColor background, MudColor dark)
    {
        var white = new MudColor("#FFFFFF");
        return Ratio(white, background) >= Ratio(dark, background) ? white : dark;
    }

    // Relative luminance of sRGB, per WCAG 2.x.
    private static double Luminance(MudColor colour) =>
        (0.2126 * Linear(colour.R)) + (0.7152 * Linear(colour.G)) + (0.0722 * Linear(colour.B));

    private static double Linear(byte channel)
    {
        var value = channel / 255.0;
        return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
    }
}
