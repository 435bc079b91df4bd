using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SupportPortal.E2E;

/// <summary>
/// An interactive page (a circuit, where the host is known only from the page's address once the first request has
/// gone) on a brand's host uses the brand's own helpdesk, and the default host keeps the default one.
/// </summary>
[Collection(BrandHelpdeskPortal.Name)]
public sealed class BrandHelpdeskTests(BrandHelpdeskPortalFixture portal)
{
    [Fact]
    public async Task The_new_ticket_form_on_the_brand_host_lists_the_brand_helpdesks_departments()
    {
        var page = await portal.NewTailspinPageAsync();
        await SignInAsync(page, "/tickets/new");

        var options = await DepartmentOptionsAsync(page);

        Assert.Contains("Tailspin General Support", options);
        Assert.All(options, option => Assert.StartsWith(BrandHelpdeskPortalFixture.DataPrefix, option));
    }

    [Fact]
    public async Task The_new_ticket_form_on_the_default_host_lists_the_default_helpdesks_departments()
    {
        var page = await portal.NewPageAsync();
        await SignInAsync(page, "/tickets/new");

        var options = await DepartmentOptionsAsync(page);

        Assert.Contains("General Support", options);
        Assert.DoesNotContain(options, option => option.Contains("Tailspin", StringComparison.Ordinal));
    }

    private static async Task SignInAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await page.GetByLabel("Email").FillAsync("alice@example.com");
        await page.GetByLabel("Password").FillAsync("Demo-pass-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"));
    }

    /// <summary>Opens the department list (pressing Enter again until the circuit listens) and reads its options.</summary>
    private static async Task<IReadOnlyList<string>> DepartmentOptionsAsync(IPage page)
    {
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Submit ticket" });
        await Expect(submit).ToBeEnabledAsync();
        var department = page.GetByRole(AriaRole.Combobox, new() { Name = "Department (required)" });
        await department.FocusAsync();
        for (var attempt = 1; ; attempt++)
        {
            await page.Keyboard.PressAsync("Enter");
            try
            {
                await Expect(department).ToHaveAttributeAsync("aria-expanded", "true", new() { Timeout = 1_000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 5)
            {
            }
        }

        var options = page.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option);
        await Expect(options.First).ToBeVisibleAsync();
        return (await options.AllTextContentsAsync()).Select(o => o.Trim()).ToList();
    }
}
