using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests;

/// <summary>The one sanitizer every helpdesk body passes, on its own.</summary>
public sealed class KbSanitizerTests
{
    private readonly PortalHtmlSanitizer sanitizer = new();

    [Theory]
    [MemberData(nameof(KbXssCorpus.Indexes), MemberType = typeof(KbXssCorpus))]
    public void Xss_payload_in_html_comes_out_harmless(int payload) =>
        KbSafeMarkup.AssertHarmless(sanitizer.Sanitize(KbXssCorpus.Payloads[payload]));

    [Theory]
    [MemberData(nameof(KbXssCorpus.Indexes), MemberType = typeof(KbXssCorpus))]
    public void Xss_payload_in_markdown_comes_out_harmless(int payload) =>
        KbSafeMarkup.AssertHarmless(sanitizer.RenderMarkdown("Some text\n\n" + KbXssCorpus.Payloads[payload] + "\n\nmore text"));

    [Fact]
    public void Markdown_keeps_headings_lists_code_tables_and_safe_links()
    {
        var html = sanitizer.RenderMarkdown("""
            ## Install

            1. Download the [installer](https://example.com/widget.msi).
            2. Run `setup.exe`.

            | OS | Supported |
            |----|-----------|
            | Windows | yes |

            ```bash
            sudo apt install widget
            ```
            """);

        Assert.Contains("<h2>Install</h2>", html);
        Assert.Contains("<ol>", html);
        Assert.Contains("<a href=\"https://example.com/widget.msi\">installer</a>", html);
        Assert.Contains("<code>setup.exe</code>", html);
        Assert.Contains("<table>", html);
        Assert.Contains("class=\"language-bash\"", html);
    }

    [Fact]
    public void Html_formatting_survives_while_the_script_beside_it_does_not()
    {
        var html = sanitizer.Sanitize("<p>Press <strong>Save</strong> then <em>Close</em>.</p><script>alert(1)</script>");

        Assert.Equal("<p>Press <strong>Save</strong> then <em>Close</em>.</p>", html);
    }

    [Fact]
    public void Mailto_and_relative_links_are_kept()
    {
        var html = sanitizer.Sanitize("<a href=\"mailto:help@example.com\">mail us</a> <a href=\"/kb/article/3\">see also</a>");

        Assert.Contains("href=\"mailto:help@example.com\"", html);
        Assert.Contains("href=\"/kb/article/3\"", html);
    }
}
