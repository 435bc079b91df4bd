namespace SupportPortal.Web.Embedding;

/// <summary>
/// Whether a request is for the portal inside a host site's panel. Panel pages live under <c>/embed/...</c>: the
/// prefix becomes the request's path base, so the same pages answer, links and redirects the framework makes stay
/// in the panel, and the output cache keeps panel pages apart from full ones.
/// </summary>
public static class EmbeddedRequest
{
    public const string PathBase = "/embed";

    private static readonly object EmbeddedKey = new();

    public static bool IsEmbedded(HttpContext? context) => context?.Items.ContainsKey(EmbeddedKey) == true;

    internal static void MarkEmbedded(HttpContext context) => context.Items[EmbeddedKey] = true;

    /// <summary>True for a navigation inside a frame (Fetch Metadata), which every current browser sends.</summary>
    internal static bool IsFrameNavigation(HttpRequest request) =>
        string.Equals(request.Headers["Sec-Fetch-Dest"], "iframe", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a script's request (an enhanced form post) made by a panel page of this portal.</summary>
    internal static bool ComesFromPanelPage(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referrer)
        && string.Equals(referrer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
        && new PathString(referrer.AbsolutePath).StartsWithSegments(PathBase);
}
