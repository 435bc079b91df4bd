using System.Net;
using System.Net.Http.Headers;

namespace SupportPortal.Web.Tests.Embedding;

/// <summary>embed.js is what host sites link: cacheable, revalidated by ETag, and loadable from any site.</summary>
[Collection(PortalCollection.Name)]
public sealed class EmbedScriptTests(PortalFactory portal)
{
    [Fact]
    public async Task Embed_script_is_served_as_javascript_with_public_caching_and_an_etag()
    {
        var response = await portal.CreateClient().GetAsync("/embed.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.CacheControl?.MaxAge);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("cross-origin", Assert.Single(response.Headers.GetValues("Cross-Origin-Resource-Policy")));
        Assert.Contains("window.SupportPortal", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Embed_script_revalidated_with_its_etag_is_not_sent_again()
    {
        var client = portal.CreateClient();
        var first = await client.GetAsync("/embed.js");

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, "/embed.js");
        revalidation.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(revalidation);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), second.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task Brand_script_hands_the_launcher_the_portal_name_and_primary_colour()
    {
        var response = await portal.CreateClient().GetAsync("/embed-brand.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"name\":\"{PortalFactory.PortalName}\"", script);
        Assert.Contains($"\"primary\":\"{PortalFactory.PrimaryColour}\"", script);
        Assert.Equal(new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(5) }, response.Headers.CacheControl);
    }
}
