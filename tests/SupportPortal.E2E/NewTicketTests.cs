using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SupportPortal.Helpdesk;
using static Microsoft.Playwright.Assertions;

namespace SupportPortal.E2E;

[Collection(EmbeddedPortal.Name)]
public sealed class NewTicketTests(EmbeddedPortalFixture portal) : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("supportportal-e2e-files-").FullName;

    [Fact]
    public async Task Alice_submits_a_technical_ticket_with_every_field_type_and_two_attachments_using_only_the_keyboard()
    {
        var page = await portal.NewPageAsync();
        await SignInAsync(page, "alice@example.com", "Demo-pass-1", "/tickets/new");
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Submit ticket" });
        await Expect(submit).ToBeEnabledAsync();

        // From here on the form is used with the keyboard only; focusing its first field stands for the skip link.
        var department = page.GetByRole(AriaRole.Combobox, new() { Name = "Department (required)" });
        await department.FocusAsync();
        await ChooseAsync(page, department, "Technical Support");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Technical details" })).ToBeVisibleAsync();

        await TabToAsync(page, page.GetByRole(AriaRole.Radio, new() { Name = "Low", Exact = true }));
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Normal", Exact = true })).ToBeCheckedAsync();

        var subject = page.GetByLabel("Subject (required)");
        await TabToAsync(page, subject);
        await page.Keyboard.TypeAsync("Widget client crashes on install");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "How to install the Widget client" })).ToHaveAttributeAsync("target", "_blank");

        await TabToAsync(page, page.GetByLabel("Message (required)"));
        await page.Keyboard.TypeAsync("The installer stops at 80% and the client crashes when it first starts.");

        var version = page.GetByLabel("Product version (required)");
        await TabToAsync(page, version);
        await Expect(version).ToHaveValueAsync("4.2");
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(".1");

        await TabToAsync(page, page.GetByLabel("Steps to reproduce"));
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("Run the installer");

        var pin = page.GetByRole(AriaRole.Textbox, new() { Name = "Account PIN" });
        await TabToAsync(page, pin);
        await page.Keyboard.TypeAsync("4711");
        await Expect(pin).ToHaveAttributeAsync("type", "password");
        await TabToAsync(page, page.GetByRole(AriaRole.Checkbox, new() { Name = "Show Account PIN" }));
        await page.Keyboard.PressAsync("Space");
        await Expect(pin).ToHaveAttributeAsync("type", "text");

        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Windows" })).ToBeCheckedAsync();
        var linux = page.GetByRole(AriaRole.Checkbox, new() { Name = "Linux, Debian-based" });
        await TabToAsync(page, linux);
        await page.Keyboard.PressAsync("Space");
        await Expect(linux).ToBeCheckedAsync();

        await TabToAsync(page, page.GetByRole(AriaRole.Radio, new() { Name = "Medium impact" }));
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "High impact" })).ToBeCheckedAsync();

        var product = page.GetByRole(AriaRole.Combobox, new() { Name = "Product", Exact = true });
        await TabToAsync(page, product);
        await Expect(product).ToHaveTextAsync("Widget Pro");
        await ChooseAsync(page, product, "Widget Cloud");

        var modules = page.GetByRole(AriaRole.Combobox, new() { Name = "Modules", Exact = true });
        await TabToAsync(page, modules);
        await Expect(modules).ToHaveValueAsync("Reporting");
        await OpenAsync(page, modules);
        await page.Keyboard.PressAsync("End");
        var api = page.GetByRole(AriaRole.Option, new() { Name = "API" });
        await Expect(modules).ToHaveAttributeAsync("aria-activedescendant", (await api.GetAttributeAsync("id"))!);
        await page.Keyboard.PressAsync("Enter");
        await Expect(modules).ToHaveValueAsync("Reporting, API");
        await page.Keyboard.PressAsync("Escape");
        await Expect(modules).ToHaveAttributeAsync("aria-expanded", "false");

        var attach = page.GetByLabel("Attach files");
        await TabToAsync(page, attach);
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Space"));
        await chooser.SetFilesAsync([File("screenshot.png", 300_000), File("install.log", 2_000)]);
        var attached = page.GetByRole(AriaRole.List, new() { Name = "Attached files" }).GetByRole(AriaRole.Listitem);
        await Expect(attached).ToHaveCountAsync(2);
        await Expect(attached.Filter(new() { HasText = "screenshot.png" })).ToContainTextAsync("Uploaded");
        await Expect(attached.Filter(new() { HasText = "install.log" })).ToContainTextAsync("Uploaded");

        await TabToAsync(page, submit);
        await page.Keyboard.PressAsync("Enter");

        var confirmation = page.GetByRole(AriaRole.Heading, new() { Name = "Thank you, your ticket has been submitted" });
        await Expect(confirmation).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var view = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^View ticket \S+$") });
        var mask = (await view.TextContentAsync())!.Trim()["View ticket ".Length..];
        await Expect(page.GetByText(mask, new() { Exact = true })).ToBeVisibleAsync();

        await TabToAsync(page, view);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/tickets/\d+$"));

        // What reached the helpdesk is exactly what was chosen with the keyboard.
        var ticketId = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        var ticket = await portal.Server.Services.GetRequiredService<IHelpdesk>().GetSubmittedTicketAsync("alice@example.com", ticketId);
        Assert.Equal(mask, ticket.Mask);
        Assert.Equal("Widget client crashes on install", ticket.Subject);
        var answers = ticket.CustomFields.SelectMany(g => g.Fields).ToDictionary(f => f.Name, f => f.Values);
        Assert.Equal(["4.2.1"], answers["Product version"]);
        Assert.Equal(["4711"], answers["Account PIN"]);
        Assert.Equal(["Windows", "Linux, Debian-based"], answers["Affected platforms"]);
        Assert.Equal(["High impact"], answers["Severity"]);
        Assert.Equal(["Widget Cloud"], answers["Product"]);
        Assert.Equal(["Reporting", "API"], answers["Modules"]);
        var attachments = Assert.Single(ticket.Posts).Attachments;
        Assert.Equal([("screenshot.png", 300_000L), ("install.log", 2_000L)], attachments.Select(a => (a.Name, a.Size)).OrderByDescending(a => a.Size));
    }

    /// <summary>Signs in through the portal's own sign-in page, as a customer does.</summary>
    private static async Task SignInAsync(IPage page, string email, string password, string path)
    {
        await page.GotoAsync(path);
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"));
    }

    /// <summary>Opens a select with Enter, moves to the option with the arrow keys and closes it with Escape.</summary>
    private static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        await OpenAsync(page, select);
        for (var step = 0; step < 10 && (await select.TextContentAsync())?.Trim() != option; step++)
        {
            var before = (await select.TextContentAsync())!;
            await page.Keyboard.PressAsync("ArrowDown");
            await Expect(select).Not.ToHaveTextAsync(before);
        }

        await page.Keyboard.PressAsync("Escape");
        await Expect(select).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(select).ToHaveTextAsync(option);
    }

    /// <summary>
    /// Presses Enter on a focused select until its list opens: right after the page becomes interactive the select may
    /// not be listening to keys yet, and a person would simply press again.
    /// </summary>
    private static async Task OpenAsync(IPage page, ILocator select)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.Keyboard.PressAsync("Enter");
            try
            {
                await Expect(select).ToHaveAttributeAsync("aria-expanded", "true", new() { Timeout = 1_000 });

                // The list takes arrow keys once it has highlighted its current option.
                await Expect(select).ToHaveAttributeAsync("aria-activedescendant", new Regex(".+"));
                return;
            }
            catch (PlaywrightException) when (attempt < 5)
            {
            }
        }
    }

    /// <summary>Presses Tab until <paramref name="target"/> has the focus, as someone tabbing through the form would.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        // From the top of the page: the app bar (links, language picker, dark mode, account) comes first.
        for (var presses = 0; presses < 16; presses++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(target).ToBeFocusedAsync();
    }

    private string File(string name, int size)
    {
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllBytes(path, Enumerable.Range(0, size).Select(i => (byte)(i % 251)).ToArray());
        return path;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
