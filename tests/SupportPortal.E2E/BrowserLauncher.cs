using Microsoft.Playwright;

namespace SupportPortal.E2E;

/// <summary>
/// Starts Debian's Chromium (browsers cannot be downloaded on our machines). A missing browser is a
/// failure that says how to install it, never a skipped test.
/// </summary>
internal static class BrowserLauncher
{
    private const string DefaultExecutable = "/usr/bin/chromium";

    // Without the background-networking flags Chromium keeps dialling hosts a closed network refuses.
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var executable = Environment.GetEnvironmentVariable("SUPPORTPORTAL_CHROMIUM") ?? DefaultExecutable;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {executable}. Install it with `bash .ci/setup` (apt-get install chromium) " +
                "or point SUPPORTPORTAL_CHROMIUM at a Chromium executable.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Args,
        });
        return (playwright, browser);
    }
}
