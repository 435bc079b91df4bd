using System.Globalization;
using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Http;

namespace SupportPortal.Helpdesk.KayakoClassic.Xml;

/// <summary>
/// Typed reads of Kayako's XML. Kayako writes most values as child elements and some (ticket ids, custom
/// field definitions) as attributes; each read accepts either. A missing or malformed required value is
/// <see cref="HelpdeskError.BadGateway"/>, naming the controller that sent it.
/// </summary>
internal static class KayakoElement
{
    public static string? Optional(this XElement element, string name) =>
        (string?)element.Attribute(name) ?? (string?)element.Element(name);

    public static string Text(this XElement element, string name) => element.Optional(name) ?? string.Empty;

    public static int Int(this XElement element, string name, string controller) =>
        int.TryParse(element.Optional(name)?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw KayakoReplies.Unreadable(controller, $"<{element.Name.LocalName}> has no number in \"{name}\".");

    /// <summary>Kayako leaves some numbers empty (an unset due time, a field without display order).</summary>
    public static int IntOrZero(this XElement element, string name) =>
        int.TryParse(element.Optional(name)?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    public static long LongOrZero(this XElement element, string name) =>
        long.TryParse(element.Optional(name)?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    /// <summary>Kayako's flags are "1"/"0"; "true" is accepted too.</summary>
    public static bool Flag(this XElement element, string name) =>
        element.Optional(name)?.Trim() is "1" or "true" or "True";

    /// <summary>A Unix timestamp in seconds; 0 or empty means "never".</summary>
    public static DateTimeOffset? UnixTime(this XElement element, string name)
    {
        var seconds = element.LongOrZero(name);
        return seconds > 0 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
    }

    public static DateTimeOffset UnixTimeOrEpoch(this XElement element, string name) =>
        element.UnixTime(name) ?? DateTimeOffset.UnixEpoch;
}
