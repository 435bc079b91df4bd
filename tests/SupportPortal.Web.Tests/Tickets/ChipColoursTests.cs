using MudBlazor.Utilities;
using SupportPortal.Web.Theming;
using SupportPortal.Web.Tickets;

namespace SupportPortal.Web.Tests.Tickets;

public sealed class ChipColoursTests
{
    [Theory]
    [InlineData("#ffffff", "#1565c0")]
    [InlineData("#1b5e20", "#e8f5e9")]
    [InlineData("#ffff00", "#ffffff")] // yellow on white: unreadable as given
    [InlineData("#777777", "#888888")] // grey on grey
    [InlineData("inherit", "#c62828")]
    [InlineData("#cf5d60", "inherit")] // the seed's statuses: a text colour only
    [InlineData("#ffeb3b", "inherit")] // a text colour too light for a white chip
    [InlineData("inherit", "inherit")]
    [InlineData("not a colour", "")]
    public void Chip_text_always_reaches_aa_contrast_on_its_background(string fore, string back)
    {
        var colours = ChipColours.For(fore, back);

        Assert.True(ColourContrast.Ratio(new MudColor(colours.Text), new MudColor(colours.Background)) >= ChipColours.MinimumContrast);
        Assert.Matches("^#[0-9a-f]{6}$", colours.Text);
        Assert.Matches("^#[0-9a-f]{6}$", colours.Background);
        Assert.Matches("^#[0-9a-f]{6}$", colours.Border);
    }

    [Fact]
    public void Readable_helpdesk_colours_are_kept_as_they_are()
    {
        Assert.Equal(new ChipColours("#ffffff", "#1565c0", "#1565c0"), ChipColours.For("#FFFFFF", "#1565C0"));
    }

    [Fact]
    public void A_text_colour_alone_draws_an_outlined_white_chip_in_that_colour()
    {
        var colours = ChipColours.For("#5C83B4", "inherit");

        Assert.Equal("#ffffff", colours.Background);
        Assert.Equal("#5c83b4", colours.Border);
    }

    [Fact]
    public void Nothing_from_the_helpdesk_reaches_the_style_attribute_unparsed()
    {
        var colours = ChipColours.For("red;background:url(https://evil.example/x)", "#fff\" onmouseover=\"alert(1)");

        Assert.DoesNotContain("url", colours.Text + colours.Background + colours.Border);
        Assert.DoesNotContain("\"", colours.Text + colours.Background + colours.Border);
    }
}
