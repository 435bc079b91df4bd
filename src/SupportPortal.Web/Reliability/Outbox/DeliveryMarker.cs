using System.Text.RegularExpressions;

namespace SupportPortal.Web.Reliability.Outbox;

/// <summary>
/// The idempotency key as the helpdesk sees it: a last line "[ref:&lt;32 hex digits&gt;]" appended to every message the
/// portal submits or posts. Every backend keeps a message's text, so after a timeout the portal can look for a ticket
/// or post carrying the line and knows the helpdesk already has it. Pages hide the line with <see cref="Strip"/>.
/// </summary>
public static partial class DeliveryMarker
{
    public static string NewKey() => Guid.NewGuid().ToString("N");

    public static string For(string key) => $"[ref:{key}]";

    /// <summary>The message as sent: the customer's text, a blank line, the marker.</summary>
    public static string Append(string message, string key) => $"{message.TrimEnd()}\n\n{For(key)}";

    /// <summary>True when a ticket's or post's contents carry the marker of <paramref name="key"/>.</summary>
    public static bool IsIn(string contents, string key) => contents.Contains(For(key), StringComparison.Ordinal);

    /// <summary>The contents without a trailing marker (and the line breaks, plain or HTML, before it).</summary>
    public static string Strip(string contents) => TrailingMarker().Replace(contents, "");

    [GeneratedRegex(@"(?:\s|<br\s*/?>)*\[ref:[0-9a-f]{32}\](?:\s|<br\s*/?>|</p>)*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingMarker();
}
