using Microsoft.Playwright;

namespace SupportPortal.Benchmarks;

/// <summary>Debian's Chromium, headless, signed in to the portal through its own sign-in page.</summary>
internal static class PortalBrowser
{
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var executable = Environment.GetEnvironmentVariable("SUPPORTPORTAL_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException($"Chromium was not found at {executable}; install it with `bash .ci/setup` or set SUPPORTPORTAL_CHROMIUM.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true, Args = Args });
        return (playwright, browser);
    }

    /// <summary>A browser context whose cookies sign <paramref name="email"/> in (demo password), left on /tickets/new.</summary>
    public static async Task<IBrowserContext> SignedInAsync(IBrowser browser, string baseUrl, string email)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login?ReturnUrl=%2Ftickets%2Fnew");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("Demo-pass-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/tickets/new");
        await page.CloseAsync();
        return context;
    }

    /// <summary>Opens /tickets/new and waits until its circuit is up (the submit button is enabled only then).</summary>
    public static async Task<IPage> OpenNewTicketAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/tickets/new");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Submit ticket" })).ToBeEnabledAsync(new() { Timeout = 60_000 });
        return page;
    }
}
