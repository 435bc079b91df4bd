using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SupportPortal.E2E;

/// <summary>The customer's language, chosen with the picker in the app bar by keyboard alone, and remembered.</summary>
[Collection(EmbeddedPortal.Name)]
public sealed class LanguageTests(EmbeddedPortalFixture portal)
{
    [Fact]
    public async Task Customer_switches_to_german_by_keyboard_and_a_reload_keeps_it()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/kb");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Knowledge base", Level = 1 })).ToBeVisibleAsync();

        var language = page.GetByLabel("Language");
        await language.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(language).ToHaveValueAsync("de");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Apply" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wissensdatenbank", Level = 1 })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/kb$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Expect(page.GetByLabel("Sprache")).ToHaveValueAsync("de");

        await page.ReloadAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wissensdatenbank", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Dunkelmodus" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Anfrage stellen" }).First).ToBeVisibleAsync();
    }
}
