using System.Net;

namespace SupportPortal.Web.Tests;

/// <summary>Every XSS payload of the corpus posted as a comment through the real form: shown as text, never run.</summary>
public sealed class KbCommentSafetyTests(KbPortalFactory portal) : IClassFixture<KbPortalFactory>
{
    [Theory]
    [MemberData(nameof(KbXssCorpus.Indexes), MemberType = typeof(KbXssCorpus))]
    public async Task Xss_payload_posted_as_a_comment_is_shown_as_text_and_never_runs(int payload)
    {
        var id = await KbDemoData.ArticleIdAsync(portal.Services, KbDemoData.Troubleshooting, "Collecting diagnostic logs");
        var client = portal.CreateClient();
        var path = $"/kb/article/{id}";
        var html = await client.GetStringAsync(path);
        var poster = $"corpus-poster-{payload}";
        var form = KbForms.ByButton(path, html, "Post comment")
            .SetByLabel(html, "Name", poster)
            .SetByLabel(html, "Comment", KbXssCorpus.Payloads[payload]);

        var response = await form.PostAsync(client);
        var document = KbSafeMarkup.ParsePage(await client.GetStringAsync(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var comment = document.QuerySelectorAll("li, article").LastOrDefault(e => e.TextContent.Contains(poster, StringComparison.Ordinal));
        Assert.NotNull(comment);
        KbSafeMarkup.AssertHarmless(comment);
    }
}
