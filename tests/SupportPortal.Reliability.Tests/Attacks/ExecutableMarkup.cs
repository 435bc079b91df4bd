using AngleSharp.Dom;

namespace SupportPortal.Reliability.Tests.Attacks;

/// <summary>
/// What in a parsed page region could run script, load a frame, restyle or redirect the page, or send a form
/// elsewhere: the DOM form of <c>StoredXssTests.Dangerous()</c>, read after the browser's own parsing (entities
/// decoded, case folded), so an obfuscated payload is judged by what it becomes.
/// </summary>
public static class ExecutableMarkup
{
    private static readonly HashSet<string> DangerousElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "base", "meta", "link", "style",
        "svg", "math", "template", "portal",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "ping", "lowsrc",
    };

    private static readonly string[] ScriptSchemes = ["javascript:", "data:", "vbscript:"];

    // The shapes a MudBlazor icon draws with; anything else inside an svg is not an icon.
    private static readonly HashSet<string> IconShapes = new(StringComparer.OrdinalIgnoreCase)
    {
        "path", "g", "rect", "circle", "ellipse", "line", "polyline", "polygon",
    };

    /// <summary>Every finding under <paramref name="region"/> (itself included), described for a failure message.</summary>
    public static IReadOnlyList<string> In(IElement region) => Find(region).Select(f => f.Description).ToList();

    /// <summary>
    /// What kinds of executable markup a whole page holds, in document order: the same for two pages of the same
    /// shape unless stored content added some (the portal's own scripts, styles and forms appear on both).
    /// </summary>
    public static IReadOnlyList<string> KindsIn(IElement page) => Find(page).Select(f => f.Kind).ToList();

    private static List<Finding> Find(IElement region)
    {
        var findings = new List<Finding>();
        foreach (var element in region.DescendantsAndSelf<IElement>())
        {
            if (DangerousElements.Contains(element.LocalName) && !IsPortalIcon(element) && !InsidePortalIcon(element))
            {
                findings.Add(new($"<{element.LocalName}>", $"<{element.LocalName}> element: {Shorten(element.OuterHtml)}"));
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add(new($"{attribute.Name} on <{element.LocalName}>", $"event handler {attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>"));
                }
                else if ((UrlAttributes.Contains(attribute.Name) || UrlAttributes.Contains(attribute.LocalName)) && IsScriptUrl(attribute.Value))
                {
                    findings.Add(new($"script URL in {attribute.Name}", $"script URL {attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>"));
                }
                else if (attribute.LocalName.Equals("style", StringComparison.OrdinalIgnoreCase) && IsScriptInCss(attribute.Value))
                {
                    findings.Add(new("script in style", $"script in style=\"{attribute.Value}\" on <{element.LocalName}>"));
                }
                else if (attribute.LocalName.Equals("srcdoc", StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add(new("srcdoc", $"srcdoc on <{element.LocalName}>"));
                }
            }
        }

        return findings;
    }

    /// <summary>A portal icon: an aria-hidden MudBlazor svg that holds nothing but shapes.</summary>
    private static bool IsPortalIcon(IElement element) =>
        element.LocalName == "svg"
        && element.ClassList.Contains("mud-icon-root")
        && element.GetAttribute("aria-hidden") == "true"
        && element.Descendants<IElement>().All(child => IconShapes.Contains(child.LocalName) && !child.HasAttribute("href") && !child.HasAttribute("xlink:href"));

    private static bool InsidePortalIcon(IElement element) =>
        element.Ancestors<IElement>().Any(IsPortalIcon);

    /// <summary>Browsers ignore leading whitespace and control characters, and tabs or newlines inside the scheme.</summary>
    private static bool IsScriptUrl(string value)
    {
        var squeezed = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        // srcset lists several URLs, separated by commas.
        return ScriptSchemes.Any(scheme => squeezed.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            || squeezed.Contains("," + scheme, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Old browsers ran script from CSS: a url() with a script scheme, or IE's expression().</summary>
    private static bool IsScriptInCss(string css)
    {
        var squeezed = new string(css.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return squeezed.Contains("expression(", StringComparison.OrdinalIgnoreCase)
            || ScriptSchemes.Any(scheme => squeezed.Contains("url(" + scheme, StringComparison.OrdinalIgnoreCase)
                || squeezed.Contains("url('" + scheme, StringComparison.OrdinalIgnoreCase)
                || squeezed.Contains("url(\"" + scheme, StringComparison.OrdinalIgnoreCase));
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";

    private sealed record Finding(string Kind, string Description);
}
