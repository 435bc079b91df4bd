using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SupportPortal.Web.Support;

/// <summary>The words a reader sees in a piece of HTML, for searching and snippets.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
    };

    /// <summary>
    /// Text content with blocks separated by a space (so "<p>one</p><p>two</p>" reads "one two", not "onetwo")
    /// and runs of white space collapsed.
    /// </summary>
    public static string From(string html)
    {
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var text = new StringBuilder(html.Length);
        Append(document.Body!, text);
        return Collapse(text);
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        text.Append(' ');
                    }

                    Append(element, text);
                    if (block)
                    {
                        text.Append(' ');
                    }

                    break;
            }
        }
    }

    private static string Collapse(StringBuilder text)
    {
        var collapsed = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = collapsed.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    collapsed.Append(' ');
                    pendingSpace = false;
                }

                collapsed.Append(c);
            }
        }

        return collapsed.ToString();
    }
}
