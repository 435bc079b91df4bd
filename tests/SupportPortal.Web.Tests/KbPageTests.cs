using System.Net;
using SupportPortal.Helpdesk;
using Microsoft.Extensions.DependencyInjection;

namespace SupportPortal.Web.Tests;

/// <summary>The knowledge-base pages over HTTP: everything in the first response, no circuit, real 404s.</summary>
[Collection(PortalCollection.Name)]
public sealed class KbPageTests(PortalFactory portal)
{
    [Fact]
    public async Task Kb_home_lists_the_top_categories_with_their_article_counts_in_the_first_response()
    {
        var gettingStarted = await KbDemoData.CategoryIdAsync(portal.Services, KbDemoData.GettingStarted);
        var troubleshooting = await KbDemoData.CategoryIdAsync(portal.Services, KbDemoData.Troubleshooting);

        var text = await TextOfAsync("/kb");

        Assert.Contains($"href=\"/kb/category/{gettingStarted}\"", text.Html);
        Assert.Contains("Getting Started", text.Plain);
        Assert.Contains("3 articles", text.Plain);

        // Troubleshooting holds one article itself and two in "Connection problems".
        Assert.Contains($"href=\"/kb/category/{troubleshooting}\"", text.Html);
        Assert.Matches("Troubleshooting\\s*3 articles", text.Plain);
    }

    [Fact]
    public async Task Category_page_shows_breadcrumbs_sub_categories_and_articles_with_their_rating()
    {
        var troubleshooting = await KbDemoData.CategoryIdAsync(portal.Services, KbDemoData.Troubleshooting);
        var connection = await KbDemoData.CategoryIdAsync(portal.Services, KbDemoData.ConnectionProblems, troubleshooting);
        var articles = await portal.Services.GetRequiredService<IHelpdesk>().GetKnowledgeBaseArticlesAsync(troubleshooting);

        var text = await TextOfAsync($"/kb/category/{troubleshooting}");

        Assert.Matches("<h1[^>]*>\\s*Troubleshooting\\s*</h1>", text.Html);
        Assert.Contains("aria-label=\"Breadcrumb", text.Html);
        Assert.Contains("href=\"/kb\"", text.Html);
        Assert.Contains($"href=\"/kb/category/{connection}\"", text.Html);
        var article = Assert.Single(articles);
        Assert.Contains($"href=\"/kb/article/{article.Id}\"", text.Html);
        Assert.Contains($"Rated {article.Rating} out of 5", text.Plain);
    }

    [Fact]
    public async Task Sub_category_page_has_its_parent_in_the_breadcrumbs()
    {
        var troubleshooting = await KbDemoData.CategoryIdAsync(portal.Services, KbDemoData.Troubleshooting);
        var connection = await KbDemoData.CategoryIdAsync(portal.Services, KbDemoData.ConnectionProblems, troubleshooting);

        var text = await TextOfAsync($"/kb/category/{connection}");

        Assert.Contains($"href=\"/kb/category/{troubleshooting}\"", text.Html);
        Assert.Contains("Connection problems", text.Plain);
        Assert.Contains("Fixing", text.Plain);
    }

    [Fact]
    public async Task Article_page_shows_breadcrumbs_title_date_body_rating_and_comments_in_the_first_response()
    {
        var id = await KbDemoData.InstallArticleIdAsync(portal.Services);
        var gettingStarted = await KbDemoData.CategoryIdAsync(portal.Services, KbDemoData.GettingStarted);
        var article = await portal.Services.GetRequiredService<IHelpdesk>().GetKnowledgeBaseArticleAsync(id);

        var text = await TextOfAsync($"/kb/article/{id}");

        Assert.Matches("<h1[^>]*>\\s*How to install the Widget client\\s*</h1>", text.Html);
        Assert.Contains($"href=\"/kb/category/{gettingStarted}\"", text.Html);
        Assert.Contains($"datetime=\"{article.Date:yyyy-MM-dd}", text.Html);
        Assert.Contains("Worked first time on Windows 11, thanks!", text.Plain);
        Assert.Contains("Alice Customer", text.Plain);
        Assert.Contains($"Rated {article.Rating} out of 5", text.Plain);
        Assert.Contains("Was this article helpful?", text.Plain);

        // The Markdown body arrives rendered: headings, not "##".
        Assert.Matches("<h2[^>]*>", text.Html);
        Assert.DoesNotContain("## ", text.Plain);
    }

    [Theory]
    [InlineData("/kb")]
    [InlineData("/kb/search?q=widget")]
    public async Task Kb_pages_are_static_and_open_no_circuit(string path)
    {
        var html = await portal.CreateClient().GetStringAsync(path);

        Assert.DoesNotContain("<!--Blazor:{", html);
        Assert.DoesNotContain("\"type\":\"server\"", html);
    }

    [Fact]
    public async Task Category_and_article_pages_open_no_circuit()
    {
        var id = await KbDemoData.InstallArticleIdAsync(portal.Services);
        var category = await KbDemoData.CategoryIdAsync(portal.Services, KbDemoData.GettingStarted);

        foreach (var path in new[] { $"/kb/category/{category}", $"/kb/article/{id}" })
        {
            var html = await portal.CreateClient().GetStringAsync(path);
            Assert.DoesNotContain("<!--Blazor:{", html);
            Assert.DoesNotContain("\"type\":\"server\"", html);
        }
    }

    [Theory]
    [InlineData("/kb/article/987654")]
    [InlineData("/kb/category/987654")]
    public async Task Unknown_kb_ids_answer_404_with_a_search_box_and_a_link_home(string path)
    {
        var response = await portal.CreateClient().GetAsync(path);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("href=\"/\"", html);
        Assert.Matches("<form[^>]*action=\"/kb/search\"", html);
        Assert.Matches("<input[^>]*name=\"q\"", html);
    }

    [Fact]
    public async Task Search_page_lists_the_install_article_for_a_query_with_a_typo_and_marks_the_match()
    {
        var id = await KbDemoData.InstallArticleIdAsync(portal.Services);

        var text = await TextOfAsync("/kb/search?q=instal%20wigdet");

        Assert.Contains($"href=\"/kb/article/{id}\"", text.Html);
        Assert.Contains("How to install the Widget client", text.Plain);
        Assert.Contains("<mark", text.Html);
    }

    [Fact]
    public async Task Search_page_says_so_when_nothing_matches()
    {
        var text = await TextOfAsync("/kb/search?q=zzqxv");

        Assert.Contains("role=\"status\"", text.Html);
        Assert.DoesNotContain("href=\"/kb/article/", text.Html);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/kb")]
    public async Task Home_and_kb_pages_carry_a_search_box_that_submits_to_the_search_page(string path)
    {
        var html = await portal.CreateClient().GetStringAsync(path);

        Assert.Matches("<form[^>]*action=\"/kb/search\"", html);
        Assert.Matches("<form[^>]*method=\"get\"", html);
        Assert.Matches("<label[^>]*for=\"[^\"]+\"", html);
    }

    private async Task<(string Html, string Plain)> TextOfAsync(string path)
    {
        var response = await portal.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return (html, KbSafeMarkup.PlainText(html));
    }
}
