using System.Text;
using System.Text.RegularExpressions;

namespace SupportPortal.Simulators.KayakoClassic.Wire;

/// <summary>
/// Writes XML exactly as Kayako's SWIFT_XML does: an XML declaration, one element per line without indentation,
/// every non-empty value in CDATA, empty values as self-closing elements, attributes htmlspecialchars-escaped,
/// the whole output trimmed.
/// </summary>
internal sealed partial class KayakoXml
{
    private readonly StringBuilder text = new("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

    /// <summary>AddParentTag.</summary>
    public KayakoXml Open(string name, params (string Name, string Value)[] attributes)
    {
        text.Append('<').Append(name);
        AppendAttributes(attributes);
        text.Append(">\n");
        return this;
    }

    /// <summary>EndParentTag.</summary>
    public KayakoXml Close(string name)
    {
        text.Append("</").Append(name).Append(">\n");
        return this;
    }

    /// <summary>AddTag with CDATA; an empty value gives <c>&lt;name /&gt;</c>.</summary>
    public KayakoXml Tag(string name, string? value, params (string Name, string Value)[] attributes)
    {
        text.Append('<').Append(name);
        AppendAttributes(attributes);
        if (string.IsNullOrEmpty(value))
        {
            text.Append(" />\n");
        }
        else
        {
            text.Append("><![CDATA[").Append(Clean(value)).Append("]]></").Append(name).Append(">\n");
        }

        return this;
    }

    public KayakoXml Tag(string name, int value) => Tag(name, Php.Str(value));

    public KayakoXml Tag(string name, long value) => Tag(name, Php.Str(value));

    /// <summary>AddComment.</summary>
    public KayakoXml Comment(string comment)
    {
        text.Append("<!-- ").Append(comment).Append(" -->\n");
        return this;
    }

    public override string ToString() => text.ToString().Trim();

    /// <summary>SWIFT_XML::Clean: control characters removed, "]]>" split across two CDATA sections.</summary>
    private static string Clean(string value) =>
        ControlCharacters().Replace(value, string.Empty).Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal);

    private void AppendAttributes((string Name, string Value)[] attributes)
    {
        foreach (var (attributeName, value) in attributes)
        {
            text.Append(' ').Append(attributeName).Append("=\"").Append(HtmlSpecialChars(value)).Append('"');
        }
    }

    private static string HtmlSpecialChars(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    [GeneratedRegex("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+")]
    private static partial Regex ControlCharacters();
}
