using System.Text.RegularExpressions;

namespace SupportPortal.Web.Tests.Branding;

/// <summary>Several brands on one instance: the request's host picks the brand; no brand shows under another's host.</summary>
public sealed partial class BrandByHostTests(BrandsFactory brands) : IClassFixture<BrandsFactory>
{
    [Fact]
    public async Task Brand_host_gets_its_own_name_title_colours_favicon_styles_and_footer()
    {
        var html = await brands.ClientFor(BrandsFactory.FabrikamHost).GetStringAsync("/");

        Assert.Matches("class=\"portal-brand\"[^>]*>[\\s\\S]*?<span[^>]*>Fabrikam Care</span>", html);
        Assert.Equal("Fabrikam Customer Care", Title(html));
        Assert.Contains($"--mud-palette-primary: {BrandsFactory.FabrikamPrimaryCss};", html);
        Assert.Contains("<link rel=\"icon\" href=\"/brand/fabrikam-icon.png\"", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/brand/fabrikam.css\"", html);
        Assert.Matches("<a href=\"mailto:care@fabrikam.example\"[^>]*>care@fabrikam.example</a>", html);
        Assert.Matches("<a href=\"https://www.fabrikam.example/privacy\"[^>]*>Fabrikam privacy</a>", html);
        Assert.Contains("Atkinson Hyperlegible", html);
        Assert.Contains("data-scheme=\"dark\"", html);
        Assert.DoesNotContain(PortalFactory.PortalName, html);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("unknown.example")]
    public async Task Unknown_host_gets_the_default_brand(string host)
    {
        var html = await brands.ClientFor(host).GetStringAsync("/");

        Assert.Equal(PortalFactory.PortalName, Title(html));
        Assert.Contains($"--mud-palette-primary: {PortalFactory.PrimaryColourCss};", html);
        Assert.Contains("data-scheme=\"system\"", html);
        Assert.DoesNotContain(BrandsFactory.FabrikamName, html);
        Assert.DoesNotContain("fabrikam", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cached_knowledge_base_page_is_kept_once_per_brand()
    {
        var id = await KbDemoData.InstallArticleIdAsync(brands.Services);
        var path = $"/kb/article/{id}";
        var fabrikam = brands.ClientFor(BrandsFactory.FabrikamHost);
        var contoso = brands.ClientFor("support.contoso.test");

        // Each brand warms its copy, then each is asked again: a shared copy would show the first brand's name twice.
        var pages = new[]
        {
            await fabrikam.GetStringAsync(path),
            await contoso.GetStringAsync(path),
            await fabrikam.GetStringAsync(path),
            await contoso.GetStringAsync(path),
        };

        Assert.All(new[] { pages[0], pages[2] }, page => Assert.EndsWith("Fabrikam Customer Care", Title(page)));
        Assert.All(new[] { pages[0], pages[2] }, page => Assert.DoesNotContain(PortalFactory.PortalName, page));
        Assert.All(new[] { pages[1], pages[3] }, page => Assert.EndsWith(PortalFactory.PortalName, Title(page)));
        Assert.All(new[] { pages[1], pages[3] }, page => Assert.DoesNotContain(BrandsFactory.FabrikamName, page));
    }

    [Fact]
    public async Task Launcher_script_of_a_brand_host_wears_that_brands_name_and_colour()
    {
        var script = await brands.ClientFor(BrandsFactory.FabrikamHost).GetStringAsync("/embed-brand.js");

        Assert.Contains("\"name\":\"Fabrikam Care\"", script);
        Assert.Contains("\"primary\":\"#2E7D32\"", script);
    }

    [Fact]
    public async Task Page_carries_the_dark_palette_and_a_labelled_dark_mode_toggle()
    {
        var html = await brands.ClientFor("localhost").GetStringAsync("/");

        Assert.Contains("html[data-scheme=dark]", html);
        Assert.Contains("@media (prefers-color-scheme: dark)", html);
        Assert.Matches(ToggleButton(), html);
        Assert.Contains("js/colour-scheme", html);
    }

    [Fact]
    public void Start_up_warns_about_a_brand_colour_below_wcag_aa_and_names_the_setting()
    {
        _ = brands.Services;

        var warning = Assert.Single(brands.Logs.Warnings, entry => entry.Category.EndsWith("BrandContrastCheck", StringComparison.Ordinal));
        Assert.Contains("Portal:Brands:pale.test:Theme:Primary #FFEB3B", warning.Message);
        Assert.Contains("below the 4.5:1 WCAG AA asks for text", warning.Message);
    }

    private static string Title(string html) => WebUtility(TitleElement().Match(html).Groups[1].Value);

    private static string WebUtility(string text) => System.Net.WebUtility.HtmlDecode(text);

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex TitleElement();

    [GeneratedRegex("<button type=\"button\" class=\"colour-scheme-toggle\" data-scheme-toggle aria-pressed=\"false\"[^>]*>[\\s\\S]*?<span[^>]*>Dark mode</span>")]
    private static partial Regex ToggleButton();
}
