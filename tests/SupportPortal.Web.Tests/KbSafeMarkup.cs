using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SupportPortal.Web.Tests;

/// <summary>
/// Checks HTML as a browser would parse it, not as text: no element that runs or loads anything, no event handler,
/// no inline style, and every link or source on http, https, mailto or a relative path.
/// </summary>
public static class KbSafeMarkup
{
    private static readonly HashSet<string> DangerousElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link", "meta", "base",
        "form", "input", "button", "textarea", "select", "svg", "math", "video", "audio", "source", "marquee", "noscript",
    };

    private static readonly string[] UriAttributes = ["href", "src", "cite", "action", "formaction", "background", "poster", "data", "srcset"];

    /// <summary>Fails with the offending markup if the fragment could run script or restyle the page.</summary>
    public static void AssertHarmless(string html) => AssertHarmless(ParseFragment(html).Body!);

    /// <summary>Fails if anything inside <paramref name="root"/> could run script or restyle the page.</summary>
    public static void AssertHarmless(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("*"))
        {
            Assert.False(DangerousElements.Contains(element.LocalName), $"<{element.LocalName}> survived: {root.InnerHtml}");
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                Assert.False(name.StartsWith("on", StringComparison.Ordinal), $"event handler {name} survived: {root.InnerHtml}");
                Assert.False(name is "style" or "srcdoc" or "id" or "name", $"attribute {name} survived: {root.InnerHtml}");
                if (UriAttributes.Contains(name))
                {
                    Assert.True(IsSafeUri(attribute.Value), $"{name}=\"{attribute.Value}\" survived: {root.InnerHtml}");
                }
            }
        }
    }

    public static IDocument ParseFragment(string html) => new HtmlParser().ParseDocument("<body>" + html + "</body>");

    /// <summary>
    /// A whole page as the browser ends up showing it: stream rendering sends late content inside
    /// &lt;template&gt; elements (whose content the DOM keeps apart), so those are unwrapped in place.
    /// </summary>
    public static IDocument ParsePage(string html) =>
        new HtmlParser().ParseDocument(System.Text.RegularExpressions.Regex.Replace(html, "</?template[^>]*>", string.Empty));

    /// <summary>The page's words, tags and streaming wrappers left out, white space collapsed.</summary>
    public static string PlainText(string html) =>
        System.Text.RegularExpressions.Regex.Replace(ParsePage(html).Body!.TextContent, "\\s+", " ");

    private static bool IsSafeUri(string value)
    {
        // Browsers drop ASCII whitespace and control characters inside a scheme ("jav\tascript:"), so compare without them.
        var squeezed = new string(value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
        var colon = squeezed.IndexOf(':');
        var slash = squeezed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        return !hasScheme
            || squeezed.StartsWith("http:", StringComparison.Ordinal)
            || squeezed.StartsWith("https:", StringComparison.Ordinal)
            || squeezed.StartsWith("mailto:", StringComparison.Ordinal);
    }
}
