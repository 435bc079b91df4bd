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

    [Fact]
    public async Task A_german_browser_gets_the_home_page_and_the_ticket_form_in_german()
    {
        // Chromium sends Accept-Language: de-DE for this context; no choice has been made with the picker.
        await using var context = await portal.Browser.NewContextAsync(new() { BaseURL = portal.Server.BaseUrl, Locale = "de-DE" });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wie können wir Ihnen helfen?", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        AssertNoEnglish(await page.InnerTextAsync("body"), ["How can we help?", "Submit a ticket", "Knowledge base", "Dark mode", "Sign in"]);

        await page.GotoAsync("/tickets/new");
        await page.GetByLabel("E-Mail").FillAsync("alice@example.com");
        await page.GetByLabel("Passwort").FillAsync("Demo-pass-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/tickets/new$"));

        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Anfrage senden" });
        await Expect(submit).ToBeEnabledAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Anfrage stellen", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Betreff (Pflichtfeld)")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Abteilung (Pflichtfeld)" })).ToBeVisibleAsync();

        // The circuit speaks German too: these messages are made on the server after the page became interactive.
        await submit.ClickAsync();
        await Expect(page.GetByText("Geben Sie einen Betreff ein.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Einige Felder brauchen Ihre Aufmerksamkeit: Beachten Sie die Hinweise daneben.")).ToBeVisibleAsync();

        AssertNoEnglish(await page.InnerTextAsync("body"),
        [
            "Submit a ticket", "Your request", "Department", "Priority", "Subject", "Message", "(required)", "Attachments",
            "Attach files", "Submit ticket", "Enter a subject", "Some fields need your attention", "Dark mode", "Sign out",
        ]);
    }

    private static void AssertNoEnglish(string text, IEnumerable<string> english)
    {
        var left = english.Where(phrase => text.Contains(phrase, StringComparison.Ordinal)).ToList();
        Assert.True(left.Count == 0, $"English left on the page: {string.Join(" | ", left)}");
    }
}
