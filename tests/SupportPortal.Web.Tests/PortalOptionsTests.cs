using SupportPortal.Web.Theming;

namespace SupportPortal.Web.Tests;

/// <summary>Which brand settings the portal accepts; each refusal is one sentence naming the setting.</summary>
public sealed class PortalOptionsTests
{
    [Theory]
    [InlineData("/brand/logo.svg")]
    [InlineData("/brand/acme logo.png")]
    [InlineData("https://cdn.example.com/acme.svg")]
    public void Logo_may_be_a_local_path_or_a_web_address(string logoUrl)
    {
        var result = Validate(new PortalOptions { LogoUrl = logoUrl });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("//evil.example/logo.svg")]
    [InlineData("javascript:alert(1)")]
    [InlineData("brand/logo.svg")]
    [InlineData("")]
    public void Logo_that_is_not_a_rooted_path_or_an_http_address_is_refused(string logoUrl)
    {
        var result = Validate(new PortalOptions { LogoUrl = logoUrl });

        Assert.Equal([$"Portal:LogoUrl '{logoUrl}' is not a path such as /brand/logo.svg or an http(s) address."], result.Failures);
    }

    [Fact]
    public void Empty_portal_name_is_refused()
    {
        var result = Validate(new PortalOptions { Name = " " });

        Assert.Equal(["Portal:Name is empty; set it to the name your customers know you by."], result.Failures);
    }

    [Theory]
    [InlineData("#1565C0")]
    [InlineData("#1565c0ff")]
    [InlineData("rgb(21,101,192)")]
    public void Brand_colours_accept_css_colour_notations(string colour)
    {
        var result = Validate(new PortalOptions { Theme = new PortalThemeOptions { Primary = colour, Secondary = colour } });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Secondary_colour_that_is_not_a_colour_is_refused_naming_it()
    {
        var result = Validate(new PortalOptions { Theme = new PortalThemeOptions { Secondary = "teal-ish" } });

        Assert.Equal(["Portal:Theme:Secondary 'teal-ish' is not a colour; use a CSS colour such as #1565C0."], result.Failures);
    }

    [Fact]
    public void Theme_takes_the_brand_colours_for_primary_secondary_and_the_app_bar()
    {
        var theme = PortalTheme.Create(new PortalThemeOptions { Primary = "#8E24AA", Secondary = "#43A047" });

        Assert.Equal("#8e24aa", theme.PaletteLight.Primary.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex));
        Assert.Equal("#43a047", theme.PaletteLight.Secondary.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex));
        Assert.Equal(theme.PaletteLight.Primary, theme.PaletteLight.AppbarBackground);
    }

    [Theory]
    [InlineData("#1565C0")]
    [InlineData("#0B3D91")]
    [InlineData("#8E24AA")]
    [InlineData("#00796B")]
    public void Dark_palette_lightens_the_brand_colour_until_it_reads_on_dark_surfaces_and_puts_readable_text_on_it(string brand)
    {
        var dark = PortalTheme.Create(new PortalThemeOptions { Primary = brand, Secondary = brand }).PaletteDark;

        foreach (var surface in new[] { dark.Surface, dark.Background, new MudBlazor.Utilities.MudColor("#41434F") })
        {
            Assert.True(ColourContrast.Ratio(dark.Primary, surface) >= ColourContrast.AaForText, $"{dark.Primary} on {surface}");
            Assert.True(ColourContrast.Ratio(dark.Secondary, surface) >= ColourContrast.AaForText, $"{dark.Secondary} on {surface}");
        }

        Assert.True(ColourContrast.Ratio(dark.PrimaryContrastText, dark.Primary) >= ColourContrast.AaForText);
        Assert.True(ColourContrast.Ratio(dark.SecondaryContrastText, dark.Secondary) >= ColourContrast.AaForText);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(PortalOptions options) =>
        new PortalOptionsValidator().Validate(null, options);
}
