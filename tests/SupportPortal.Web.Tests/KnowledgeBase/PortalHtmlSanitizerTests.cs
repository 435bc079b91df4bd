using SupportPortal.Helpdesk;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>The sanitizer's finer rules: classes, ids and targets go; plain text keeps its shape.</summary>
public sealed class PortalHtmlSanitizerTests
{
    private readonly PortalHtmlSanitizer sanitizer = new();

    [Fact]
    public void Classes_other_than_a_code_language_are_dropped()
    {
        Assert.Equal("<div>fake alert</div>", sanitizer.Sanitize("<div class=\"mud-alert mud-alert-filled\">fake alert</div>"));
        Assert.Equal("<code class=\"language-csharp\">x</code>", sanitizer.Sanitize("<code class=\"language-csharp mud-button\">x</code>"));
    }

    [Fact]
    public void Ids_names_and_targets_are_dropped()
    {
        Assert.Equal("<a href=\"https://example.com\">x</a>", sanitizer.Sanitize("<a id=\"Blazor\" name=\"x\" target=\"_blank\" href=\"https://example.com\">x</a>"));
    }

    [Fact]
    public void Plain_text_is_encoded_and_keeps_its_paragraphs_and_line_breaks()
    {
        var html = sanitizer.ToSafeHtml("Line <one>\nline two\n\nSecond & last", ContentFormat.PlainText);

        Assert.Equal("<p>Line &lt;one&gt;<br>line two</p><p>Second &amp; last</p>", html);
    }
}
