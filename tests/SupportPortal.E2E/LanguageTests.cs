using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SupportPortal.E2E;

/// <summary>The customer's language, chosen with the picker in the app bar by keyboard alone, and remembered; or the browser's.</summary>
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

    [Fact]
    public async Task A_german_browser_gets_my_tickets_and_a_ticket_page_in_german()
    {
        await using var context = await portal.Browser.NewContextAsync(new() { BaseURL = portal.Server.BaseUrl, Locale = "de-DE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/tickets");
        await page.GetByLabel("E-Mail").FillAsync("alice@example.com");
        await page.GetByLabel("Passwort").FillAsync("Demo-pass-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/tickets$"));

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Meine Anfragen", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Search, new() { Name = "Anfragen filtern" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Abteilung" })).ToBeEnabledAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Letzte Aktivität" })).ToHaveAttributeAsync("aria-sort", "descending");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Seiten der Anfragenliste" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Nächste Seite" })).ToBeVisibleAsync();
        await Expect(page.GetByText(new Regex(@"^Anfragen 1–10 von \d+$"))).ToBeVisibleAsync();
        // Dates as German readers write them: "23. Nov. 2026, 14:05 UTC".
        await Expect(page.Locator("tbody time").First).ToHaveTextAsync(new Regex(@"^\d{1,2}\. [^\s\d]+ \d{4}, \d{2}:\d{2} UTC$"));
        AssertNoEnglish(await page.InnerTextAsync("main"),
        [
            "My tickets", "Filter tickets", "Department", "Priority", "Last activity", "Created", "Showing", "Previous", "Next",
            "Tickets per page", "Dates are in UTC",
        ]);

        await page.Locator("tbody a.ticket-subject").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Verlauf", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Navigationspfad" }).GetByRole(AriaRole.Link, new() { Name = "Meine Anfragen" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Diese Anfrage verwalten" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Priorität" })).ToBeEnabledAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Priorität ändern" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Verlauf" })).ToBeVisibleAsync();

        // The circuit speaks German too: an empty reply is refused beside the field.
        var send = page.GetByRole(AriaRole.Button, new() { Name = "Antwort senden" });
        await Expect(send).ToBeEnabledAsync();
        await Expect(page.GetByLabel("Ihre Antwort")).ToBeVisibleAsync();
        await send.ClickAsync();
        await Expect(page.GetByText("Schreiben Sie Ihre Antwort, bevor Sie sie senden.")).ToBeVisibleAsync();

        // Everything but the helpdesk's own words (subject, posts, status and priority titles).
        var ours = string.Join(' ', await page.Locator(
            ".ticket-breadcrumb, .ticket-facts dt, .ticket-actions, .ticket-conversation > h2, .ticket-post-role, .ticket-post-edited, .ticket-reply").AllInnerTextsAsync());
        AssertNoEnglish(ours,
        [
            "My tickets", "Ticket", "Priority", "Department", "Created", "Last activity", "Manage this ticket", "Change priority",
            "Close ticket", "Reopen ticket", "Conversation", "Support team", "Customer", "Reply", "Your reply", "Send reply",
            "Write your reply", "Attach files",
        ]);
    }

    private static void AssertNoEnglish(string text, IEnumerable<string> english)
    {
        var left = english.Where(phrase => text.Contains(phrase, StringComparison.Ordinal)).ToList();
        Assert.True(left.Count == 0, $"English left on the page: {string.Join(" | ", left)}");
    }
}
