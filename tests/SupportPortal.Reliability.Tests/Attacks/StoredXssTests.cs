using System.Text.RegularExpressions;
using SupportPortal.Web.Support;

namespace SupportPortal.Reliability.Tests.Attacks;

/// <summary>
/// Every rendering path for text from tickets and articles (HTML and Markdown) goes through the one sanitizer;
/// each payload must come out unable to run script, load a frame, or send a form elsewhere.
/// </summary>
public sealed partial class StoredXssTests
{
    private readonly PortalHtmlSanitizer sanitizer = new();

    [Theory]
    [MemberData(nameof(XssCorpus.Payloads), MemberType = typeof(XssCorpus))]
    public void Html_from_the_helpdesk_is_rendered_inert(string payload) => AssertInert(sanitizer.Sanitize(payload));

    [Theory]
    [MemberData(nameof(XssCorpus.Payloads), MemberType = typeof(XssCorpus))]
    public void Markdown_from_the_helpdesk_is_rendered_inert(string payload) => AssertInert(sanitizer.RenderMarkdown(payload));

    private static void AssertInert(string html)
    {
        Assert.DoesNotMatch(Dangerous(), html);
    }

    // Text that merely reads "javascript:" is harmless; in an attribute it is not.
    [GeneratedRegex(@"<\s*(script|iframe|object|embed|form|meta|base|style|svg|math)\b|<[^>]*\son\w+\s*=|<[^>]*=\s*[""']?\s*(javascript|data):", RegexOptions.IgnoreCase)]
    private static partial Regex Dangerous();
}
