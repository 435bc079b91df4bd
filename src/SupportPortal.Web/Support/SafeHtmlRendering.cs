using System.Net;
using System.Text;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Support;

/// <summary>Turns a helpdesk body of any <see cref="ContentFormat"/> into HTML that went through the one sanitizer.</summary>
public static class SafeHtmlRendering
{
    public static string ToSafeHtml(this PortalHtmlSanitizer sanitizer, string body, ContentFormat format) => format switch
    {
        ContentFormat.Html => sanitizer.Sanitize(body),
        ContentFormat.Markdown => sanitizer.RenderMarkdown(body),
        _ => sanitizer.Sanitize(PlainTextToHtml(body)),
    };

    /// <summary>Plain text as paragraphs (blank lines) and line breaks, every character encoded.</summary>
    private static string PlainTextToHtml(string text)
    {
        var html = new StringBuilder();
        var paragraphs = text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").AppendJoin("<br>", paragraph.Split('\n').Select(WebUtility.HtmlEncode)).Append("</p>");
        }

        return html.ToString();
    }
}
