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
    public const double MinimumContrast = ColourContrast.AaForText;

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
                var text = fore is { } f && ColourContrast.Ratio(f, background) >= MinimumContrast ? f : ColourContrast.TextOn(background, new MudColor(NearBlack));
                return new ChipColours(Hex(text), Hex(background), Hex(background));

            case ({ } colour, null):
                // Only a text colour (the seed's statuses): a white chip outlined in it, the text in it when readable.
                var white = new MudColor(White);
                var readable = ColourContrast.Ratio(colour, white) >= MinimumContrast ? colour : new MudColor(NearBlack);
                return new ChipColours(Hex(readable), White, Hex(colour));
        }
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
