using System.Globalization;

namespace SupportPortal.Web.Tickets;

/// <summary>
/// Ticket times as the pages show them: in UTC and saying so, because the server cannot know the reader's zone and
/// an unlabelled time would be wrong for most of them.
/// </summary>
public static class TicketTimes
{
    public static string Text(DateTimeOffset value) =>
        value.UtcDateTime.ToString("d MMM yyyy, HH:mm", CultureInfo.CurrentCulture) + " UTC";

    public static string DateText(DateTimeOffset value) =>
        value.UtcDateTime.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>The machine-readable form for a &lt;time datetime&gt; attribute.</summary>
    public static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
