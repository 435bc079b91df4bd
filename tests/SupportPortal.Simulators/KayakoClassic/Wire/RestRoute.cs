namespace SupportPortal.Simulators.KayakoClassic.Wire;

/// <summary>
/// The route of a REST call, from <c>index.php?e=/App/Controller/Action/arg...</c> or <c>index.php?/App/Controller/...</c>.
/// An empty action is Kayako's default action (GetList on GET).
/// </summary>
internal sealed record RestRoute(string App, string Controller, string Action, IReadOnlyList<string> Arguments)
{
    /// <summary>Reads the route from a raw query string ("?e=/Tickets/Ticket/1&amp;apikey=..."); null if there is none.</summary>
    public static RestRoute? FromQueryString(string? queryString)
    {
        if (string.IsNullOrEmpty(queryString))
        {
            return null;
        }

        string? path = null;
        foreach (var pair in queryString.TrimStart('?').Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(equals < 0 ? pair : pair[..equals]);
            if (key == "e" && equals >= 0)
            {
                path = Decode(pair[(equals + 1)..]);
                break;
            }

            // The "standard" URL type: the route is the first query key.
            if (path is null && key.StartsWith('/'))
            {
                path = key;
            }
        }

        return path is null ? null : FromPath(path);
    }

    public static RestRoute? FromPath(string path)
    {
        var segments = path.Trim('/').Split('/').Select(s => s.Trim()).ToList();
        while (segments.Count > 0 && segments[^1].Length == 0)
        {
            segments.RemoveAt(segments.Count - 1);
        }

        if (segments.Count < 2 || segments[0].Length == 0 || segments[1].Length == 0)
        {
            return null;
        }

        var action = segments.Count > 2 ? segments[2] : string.Empty;
        if (action.Equals("Index", StringComparison.OrdinalIgnoreCase))
        {
            action = string.Empty;
        }

        return new RestRoute(segments[0], segments[1], action, segments.Skip(3).ToList());
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
