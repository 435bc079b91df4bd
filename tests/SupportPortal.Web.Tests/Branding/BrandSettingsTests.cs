using SupportPortal.Web.Theming;

namespace SupportPortal.Web.Tests.Branding;

/// <summary>White-label settings the portal refuses at start-up, each with a sentence naming the setting.</summary>
public sealed class BrandSettingsTests
{
    [Fact]
    public void Custom_css_from_another_site_is_refused_because_the_content_security_policy_would_block_it()
    {
        var failures = PortalOptionsValidator.Check("Portal:Brands:help.fabrikam.test", new PortalOptions { CustomCss = "https://cdn.example.com/site.css" });

        Assert.Equal(["Portal:Brands:help.fabrikam.test:CustomCss 'https://cdn.example.com/site.css' is not a path under the web root such as /brand/custom.css."], failures);
    }

    [Fact]
    public void Footer_link_without_text_or_with_a_script_address_is_refused()
    {
        var failures = PortalOptionsValidator.Check("Portal", new PortalOptions
        {
            FooterLinks = [new() { Text = "Privacy", Url = "javascript:alert(1)" }, new() { Text = " ", Url = "/privacy" }],
        });

        Assert.Equal(
            [
                "Portal:FooterLinks:0 needs a Text and a Url that is a path, an http(s) address or a mailto: link.",
                "Portal:FooterLinks:1 needs a Text and a Url that is a path, an http(s) address or a mailto: link.",
            ],
            failures);
    }

    [Fact]
    public void Support_email_that_is_not_an_address_is_refused()
    {
        var failures = PortalOptionsValidator.Check("Portal", new PortalOptions { SupportEmail = "call us" });

        Assert.Equal(["Portal:SupportEmail 'call us' is not an e-mail address."], failures);
    }

    [Fact]
    public void Font_family_that_could_break_out_of_the_style_sheet_is_refused()
    {
        var failures = PortalOptionsValidator.Check("Portal", new PortalOptions { Theme = new() { FontFamily = "Inter; } body { display: none" } });

        Assert.Single(failures);
        Assert.StartsWith("Portal:Theme:FontFamily", failures[0]);
    }

    [Theory]
    [InlineData("#FFFFFF", "#000000", 21.0)]
    [InlineData("#1565C0", "#FFFFFF", 5.75)]
    [InlineData("#00897B", "#FFFFFF", 4.32)]
    public void Contrast_ratio_follows_wcag(string first, string second, double expected)
    {
        var ratio = ColourContrast.Ratio(new MudBlazor.Utilities.MudColor(first), new MudBlazor.Utilities.MudColor(second));

        Assert.Equal(expected, ratio, precision: 2);
    }
}
