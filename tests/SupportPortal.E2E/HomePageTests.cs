using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SupportPortal.E2E;

/// <summary>The home page on any backend; one subclass per backend runs it.</summary>
public abstract class HomePageTests(PortalFixture portal)
{
    [Fact]
    public async Task Home_page_lists_the_knowledge_base_categories_of_the_demo_data()
    {
        var page = await portal.NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        var category = page.GetByRole(AriaRole.Link, new() { Name = "Getting Started" });
        await Expect(category).ToBeVisibleAsync();
        await Expect(category).ToHaveAttributeAsync("href", new Regex("/kb/category/\\d+$"));
    }
}

[Collection(EmbeddedPortal.Name)]
public sealed class HomePageOnEmbedded(EmbeddedPortalFixture portal) : HomePageTests(portal);

[Collection(KayakoClassicPortal.Name)]
public sealed class HomePageOnKayakoClassic(KayakoClassicPortalFixture portal) : HomePageTests(portal);
