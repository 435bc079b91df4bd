using MudBlazor.Utilities;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Theming;

namespace SupportPortal.Web.Tickets;

/// <summary>
/// The colours a status or priority chip is drawn in: the helpdesk's own where they are readable, adjusted where
/// they are not. Text always reaches WCAG AA contrast (4.5:1) against its background, and the chip always carries
/// the title as text, so colour is never the only signal. Output is always "#rrggbb", never the helpdesk's string,
/// so nothing from the backend is written into a style attribute as it is.
/// </summary>
public sealed record ChipColours(string Text, string Background, string Border)
{
    public const double MinimumContrast = 4.5;

    private const string White = "#ffffff";
    private const string NearBlack = "#212121";
    private static readonly ChipColours Neutral = new(NearBlack, "#eeeeee", "#9e9e9e");

    public static ChipColours For(TicketStatus status) => For(status.ForeColor, status.BackColor);

    public static ChipColours For(TicketPriority priority) => For(priority.ForeColor, priority.BackColor);

    public static ChipColours For(string? foreColour, string? backColour)
    {
        var fore = Parse(foreColour);
        var back = Parse(backColour);
        switch (fore, back)
        {
            case (null, null):
                return Neutral;

            case (_, { } background):
                // A filled chip: the helpdesk's text colour if readable on it, else whichever of white or black reads best.
                var text = fore is { } f && Contrast(f, background) >= MinimumContrast ? f : BestTextOn(background);
                return new ChipColours(Hex(text), Hex(background), Hex(background));

            case ({ } colour, null):
                // Only a text colour (the seed's statuses): a white chip outlined in it, the text in it when readable.
                var white = new MudColor(White);
                var readable = Contrast(colour, white) >= MinimumContrast ? colour : new MudColor(NearBlack);
                return new ChipColours(Hex(readable), White, Hex(colour));
        }
    }

    /// <summary>WCAG 2 contrast ratio between two colours, 1 to 21.</summary>
    public static double Contrast(MudColor a, MudColor b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static MudColor BestTextOn(MudColor background)
    {
        var white = new MudColor(White);
        var black = new MudColor(NearBlack);
        return Contrast(white, background) >= Contrast(black, background) ? white : black;
    }

    private static double Luminance(MudColor colour)
    {
        static double Channel(byte value)
        {
            var c = value / 255d;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(colour.R)) + (0.7152 * Channel(colour.G)) + (0.0722 * Channel(colour.B));
    }

    private static MudColor? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Equals(TicketColors.Inherit, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return PortalTheme.TryParseColour(value.Trim(), out var colour) && colour is { A: > 0 } ? colour : null;
    }

    private static string Hex(MudColor colour) => $"#{colour.R:x2}{colour.G:x2}{colour.B:x2}";
}
