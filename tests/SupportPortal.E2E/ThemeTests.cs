using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SupportPortal.E2E;

/// <summary>The operator's brand on the page, and the customer's dark mode, remembered.</summary>
[Collection(EmbeddingCollection.Name)]
public sealed class ThemeTests(EmbeddingFixture portal)
{
    [Fact]
    public async Task Configured_name_and_colours_show_in_the_title_and_app_bar()
    {
        var page = await portal.NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page).ToHaveTitleAsync(EmbeddingFixture.BrandName);
        var banner = page.GetByRole(AriaRole.Banner);
        await Expect(banner.GetByRole(AriaRole.Link, new() { Name = EmbeddingFixture.BrandName })).ToBeVisibleAsync();
        await Expect(banner).ToHaveCSSAsync("background-color", EmbeddingFixture.PrimaryRgb);
    }

    [Fact]
    public async Task Dark_mode_toggle_switches_the_page_to_dark_and_is_remembered_after_a_reload()
    {
        var page = await portal.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await page.GotoAsync("/kb");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" });
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        var lightBackground = await BackgroundAsync(page);

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-scheme", "dark");
        var darkBackground = await BackgroundAsync(page);
        Assert.NotEqual(lightBackground, darkBackground);

        await page.ReloadAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" })).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal(darkBackground, await BackgroundAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" }).ClickAsync();
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" })).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.Equal(lightBackground, await BackgroundAsync(page));
    }

    [Fact]
    public async Task Without_a_choice_the_page_follows_the_devices_dark_preference()
    {
        var page = await portal.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });

        await page.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" })).ToHaveAttributeAsync("aria-pressed", "true");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        var light = await BackgroundAsync(page);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        Assert.NotEqual(light, await BackgroundAsync(page));
    }

    private static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
}
