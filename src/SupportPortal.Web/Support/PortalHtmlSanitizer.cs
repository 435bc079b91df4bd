using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;

namespace SupportPortal.Web.Support;

/// <summary>
/// The one gate every piece of HTML from a helpdesk (articles, ticket posts) passes before a page renders it.
/// An allow-list, not a block-list: text formatting, lists, tables, code, links and images — no scripts, event
/// handlers, styles, frames, forms or embedded objects, and links only to http, https and mailto.
/// </summary>
/// <remarks>Thread-safe once built: HtmlSanitizer's Sanitize may be shared, and the configuration never changes.</remarks>
public sealed class PortalHtmlSanitizer
{
    private static readonly string[] Tags =
    [
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
        "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
        "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary",
        "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    ];

    // No "style" (CSS tricks), no "id"/"name" (they could clobber the page's own globals), no "target" (tab-nabbing).
    private static readonly string[] Attributes =
    [
        "href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "scope", "headers", "abbr", "start",
        "reversed", "type", "datetime", "cite", "lang", "dir", "open", "class",
    ];

    private static readonly string[] UriAttributes = ["href", "src", "cite"];

    private static readonly string[] Schemes = ["http", "https", "mailto"];

    // Markdown as helpdesk editors write it; raw HTML inside it is allowed here because the sanitizer screens it next.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer sanitizer;

    public PortalHtmlSanitizer()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(Tags);
        options.AllowedAttributes.UnionWith(Attributes);
        options.UriAttributes.UnionWith(UriAttributes);
        options.AllowedSchemes.UnionWith(Schemes);
        sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) => KeepOnlyCodeLanguageClasses(e.Node);
    }

    /// <summary>HTML that is safe to insert into a page as it is.</summary>
    public string Sanitize(string html) => sanitizer.Sanitize(html);

    /// <summary>Markdown rendered to HTML by Markdig, then through <see cref="Sanitize"/>.</summary>
    public string RenderMarkdown(string markdown) => Sanitize(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>
    /// Classes could dress content up as the portal's own buttons and alerts; only the "language-xyz" hint of
    /// a code block is kept.
    /// </summary>
    private static void KeepOnlyCodeLanguageClasses(INode node)
    {
        if (node is not IElement { ClassList.Length: > 0 } element)
        {
            return;
        }

        var kept = element.ClassList.Where(IsCodeLanguage).ToArray();
        if (kept.Length == 0)
        {
            element.RemoveAttribute("class");
        }
        else
        {
            element.SetAttribute("class", string.Join(' ', kept));
        }
    }

    private static bool IsCodeLanguage(string name) =>
        name.StartsWith("language-", StringComparison.Ordinal)
        && name.Length <= 40
        && name.Skip("language-".Length).All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '+' or '#' or '_');
}
