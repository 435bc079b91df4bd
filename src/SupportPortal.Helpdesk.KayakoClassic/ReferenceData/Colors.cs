namespace SupportPortal.Helpdesk.KayakoClassic.ReferenceData;

/// <summary>Kayako leaves a colour empty when none is set; the contract says "inherit".</summary>
internal static class Colors
{
    public static string OrInherit(string color) =>
        string.IsNullOrWhiteSpace(color) ? TicketColors.Inherit : color.Trim();
}
