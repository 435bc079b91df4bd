using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests;

/// <summary>
/// Article bodies full of known XSS payloads, in HTML and in Markdown, from a backend the test controls: on the
/// rendered page, the article's body holds nothing that runs.
/// </summary>
public sealed class KbSanitizedPageTests(KbSanitizedPageTests.CorpusFactory portal) : IClassFixture<KbSanitizedPageTests.CorpusFactory>
{
    public const string Marker = "kb-corpus-marker";

    [Theory]
    [MemberData(nameof(KbXssCorpus.Indexes), MemberType = typeof(KbXssCorpus))]
    public async Task Xss_payload_in_an_html_article_body_never_reaches_the_page(int payload) =>
        await AssertArticleBodyHarmlessAsync(CorpusFactory.HtmlArticleId(payload));

    [Theory]
    [MemberData(nameof(KbXssCorpus.Indexes), MemberType = typeof(KbXssCorpus))]
    public async Task Xss_payload_in_a_markdown_article_body_never_reaches_the_page(int payload) =>
        await AssertArticleBodyHarmlessAsync(CorpusFactory.MarkdownArticleId(payload));

    [Fact]
    public async Task The_only_scripts_on_an_article_page_are_the_portals_own()
    {
        var html = await portal.CreateClient().GetStringAsync($"/kb/article/{CorpusFactory.AllInOneArticleId}");
        var document = KbSafeMarkup.ParsePage(html);

        Assert.All(document.QuerySelectorAll("script"), script =>
            Assert.True(script.GetAttribute("src") is { } src && IsPortalScript(src) || IsBlazorState(script),
                $"unexpected script: {script.OuterHtml}"));
        Assert.Empty(document.QuerySelectorAll("iframe, object, embed"));
        Assert.DoesNotContain(document.All, element => element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsPortalScript(string src) =>
        src.Contains("_framework/blazor.web", StringComparison.Ordinal)
        || src.StartsWith("_content/MudBlazor/", StringComparison.Ordinal)
        || (src.StartsWith("js/", StringComparison.Ordinal) && src.EndsWith(".js", StringComparison.Ordinal))
        || (src.StartsWith("Components/Layout/", StringComparison.Ordinal) && src.EndsWith(".razor.js", StringComparison.Ordinal));

    private static bool IsBlazorState(AngleSharp.Dom.IElement script) =>
        script.GetAttribute("type") is "application/json" or "importmap" && script.GetAttribute("src") is null;

    private async Task AssertArticleBodyHarmlessAsync(int articleId)
    {
        var response = await portal.CreateClient().GetAsync($"/kb/article/{articleId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = KbSafeMarkup.ParsePage(await response.Content.ReadAsStringAsync());

        var marker = document.QuerySelectorAll("p").LastOrDefault(p => p.TextContent.Trim() == Marker);
        Assert.NotNull(marker);
        KbSafeMarkup.AssertHarmless(marker.ParentElement!);
    }

    /// <summary>The portal on a backend whose articles are the XSS corpus.</summary>
    public sealed class CorpusFactory : PortalFactory
    {
        public const int AllInOneArticleId = 5000;

        public static int HtmlArticleId(int payload) => 1000 + payload;

        public static int MarkdownArticleId(int payload) => 2000 + payload;

        protected override void ConfigureServices(IServiceCollection services)
        {
            var articles = new List<KnowledgeBaseArticle>();
            for (var i = 0; i < KbXssCorpus.Payloads.Length; i++)
            {
                articles.Add(KbFakeKnowledgeBase.Article(HtmlArticleId(i), $"Html payload {i}", $"<p>{Marker}</p>{KbXssCorpus.Payloads[i]}"));
                articles.Add(KbFakeKnowledgeBase.Article(MarkdownArticleId(i), $"Markdown payload {i}", $"{Marker}\n\n{KbXssCorpus.Payloads[i]}\n", ContentFormat.Markdown));
            }

            articles.Add(KbFakeKnowledgeBase.Article(AllInOneArticleId, "Everything at once", $"<p>{Marker}</p>" + string.Concat(KbXssCorpus.Payloads)));
            services.Replace(ServiceDescriptor.Singleton(KbFakeKnowledgeBase.Holding(articles)));
        }
    }
}
