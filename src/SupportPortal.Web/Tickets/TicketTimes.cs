using System.Globalization;
using SupportPortal.Web.Localization;

namespace SupportPortal.Web.Tickets;

/// <summary>
/// Ticket times as the pages show them: in UTC and saying so, because the server cannot know the reader's zone and
/// an unlabelled time would be wrong for most of them. The patterns are TicketText's ("23 Nov 2026", "23. Nov. 2026"):
/// each language orders and punctuates a date its own way, and the culture supplies the month's name.
/// </summary>
public static class TicketTimes
{
    public static string Text(DateTimeOffset value) =>
        value.UtcDateTime.ToString(StaticText<TicketText>.Localizer["Time.DateAndTime"], CultureInfo.CurrentCulture);

    public static string DateText(DateTimeOffset value) =>
        value.UtcDateTime.ToString(StaticText<TicketText>.Localizer["Time.Date"], CultureInfo.CurrentCulture);

    /// <summary>The machine-readable form for a &lt;time datetime&gt; attribute.</summary>
    public static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
