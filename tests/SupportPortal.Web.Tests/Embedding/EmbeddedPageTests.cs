using System.Net;

namespace SupportPortal.Web.Tests.Embedding;

/// <summary>Panel pages: /embed/... is the same page in a compact layout, and a panel stays on panel pages.</summary>
public sealed class EmbeddedPageTests(EmbeddingFactory embedding) : IClassFixture<EmbeddingFactory>
{
    [Fact]
    public async Task Panel_page_has_the_compact_layout_without_the_sites_footer()
    {
        var html = await embedding.CreateClient().GetStringAsync("/embed/kb");

        Assert.Contains("<base href=\"/embed/\"", html);
        Assert.Contains("class=\"embedded-shell", html);
        Assert.Contains($"data-host-origins=\"{EmbeddingFactory.ShopOrigin} {EmbeddingFactory.DevOrigin}\"", html);
        Assert.Contains("Open in a new tab", html);
        Assert.Contains("js/embedded-panel", html);
        Assert.DoesNotContain("portal-footer", html);
    }

    [Fact]
    public async Task Full_page_keeps_the_sites_chrome()
    {
        var html = await embedding.CreateClient().GetStringAsync("/kb");

        Assert.Contains("<base href=\"/\"", html);
        Assert.Contains("portal-footer", html);
        Assert.DoesNotContain("embedded-shell", html);
    }

    [Fact]
    public async Task Page_opened_inside_a_frame_without_the_prefix_is_sent_to_its_panel_address()
    {
        var client = embedding.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/kb/search?q=install");
        request.Headers.Add("Sec-Fetch-Dest", "iframe");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/embed/kb/search?q=install", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Missing_panel_page_is_a_404_in_the_compact_layout()
    {
        var response = await embedding.CreateClient().GetAsync("/embed/no/such/page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("embedded-shell", html);
    }
}
