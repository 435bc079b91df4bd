using System.Net;
using System.Text.RegularExpressions;

namespace SupportPortal.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed partial class StaticAssetTests(PortalFactory portal)
{
    [Theory]
    [InlineData("_framework/blazor.web.js")]
    [InlineData("_content/MudBlazor/MudBlazor.min.css")]
    [InlineData("_content/MudBlazor/MudBlazor.min.js")]
    [InlineData("app.css")]
    [InlineData("SupportPortal.Web.styles.css")]
    [InlineData("brand/favicon.svg")]
    public async Task Asset_the_home_page_references_is_served_with_content(string asset)
    {
        var client = portal.CreateClient();
        var html = await client.GetStringAsync("/");

        var url = ReferencedUrl(html, asset);
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0, $"{url} was served empty.");
    }

    [Theory]
    [InlineData("/_framework/blazor.web.js", "text/javascript")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", "text/css")]
    [InlineData("/brand/logo.svg", "image/svg+xml")]
    public async Task Asset_is_served_with_content_under_its_plain_name(string url, string contentType)
    {
        var response = await portal.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0, $"{url} was served empty.");
    }

    /// <summary>The URL the page uses for an asset, fingerprinted or not, e.g. "_framework/blazor.web.9hsif5t8mt.js".</summary>
    private static string ReferencedUrl(string html, string asset)
    {
        var referenced = LinkOrScript().Matches(html)
            .Select(match => match.Groups["url"].Value.TrimStart('/'))
            .FirstOrDefault(url => Fingerprint().Replace(url, string.Empty) == asset);
        Assert.True(referenced is not null, $"The home page does not reference {asset}.");
        return "/" + referenced;
    }

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]+)\"")]
    private static partial Regex LinkOrScript();

    // MapStaticAssets puts a ten-character content hash before the last extension(s).
    [GeneratedRegex("\\.[a-z0-9]{10}(?=\\.)")]
    private static partial Regex Fingerprint();
}
