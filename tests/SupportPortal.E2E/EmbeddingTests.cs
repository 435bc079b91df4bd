using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SupportPortal.E2E;

/// <summary>The portal on a company's own site: one script tag, a launcher, a panel, single sign-on from the host.</summary>
[Collection(EmbeddingCollection.Name)]
public sealed class EmbeddingTests(EmbeddingFixture portal)
{
    [Fact]
    public async Task Launcher_opens_the_panel_the_host_signs_the_customer_in_and_Escape_closes_it()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.AllowedHost.Origin + "/");
        var launcher = page.GetByRole(AriaRole.Button, new() { Name = "Get help", Exact = true });
        await Expect(launcher).ToHaveCSSAsync("background-color", EmbeddingFixture.PrimaryRgb);

        await launcher.ClickAsync();

        var panel = page.GetByRole(AriaRole.Dialog, new() { Name = "Get help", Exact = true });
        await Expect(panel).ToBeVisibleAsync();
        await Expect(launcher).ToHaveAttributeAsync("aria-expanded", "true");
        var frame = page.FrameLocator("iframe[title='Get help']");
        await Expect(frame.GetByRole(AriaRole.Heading, new() { Name = "Knowledge base", Level = 1 })).ToBeVisibleAsync();
        await Expect(frame.GetByRole(AriaRole.Link, new() { Name = EmbeddingFixture.BrandName })).ToBeVisibleAsync();
        Assert.Equal("IFRAME", await page.EvaluateAsync<string>("document.activeElement.tagName"));

        // The panel page tells the host its height, and the panel takes it (within the window).
        await page.WaitForFunctionAsync("window.portalEvents.some(e => e.type === 'resize' && e.detail.height > 0)");
        await page.WaitForFunctionAsync("window.portalEvents.some(e => e.type === 'navigated' && e.detail.path === '/embed/kb')");

        // The panel's script has run its cookie check by now (it reports "navigated" after it): cookies work.
        await Expect(frame.GetByRole(AriaRole.Link, new() { Name = "Open in a new tab" })).ToBeHiddenAsync();
        var height = await page.EvaluateAsync<double>("document.getElementById('supportportal-panel').getBoundingClientRect().height");
        Assert.InRange(height, 320, await page.EvaluateAsync<double>("window.innerHeight"));

        await page.EvaluateAsync("token => SupportPortal.identify(token)", HostSiteToken($"ines-{Guid.NewGuid():N}@example.com", "Ines Embedded"));

        await Expect(frame.GetByRole(AriaRole.Link, new() { Name = "Ines Embedded" })).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("window.portalEvents.some(e => e.type === 'signed-in' && e.detail.name === 'Ines Embedded')");

        // Signed in for the panel's next pages too: the session cookie works inside the third-party frame.
        await page.EvaluateAsync("() => SupportPortal.open('/account/profile')");
        await Expect(frame.GetByRole(AriaRole.Heading, new() { Name = "Your profile" })).ToBeVisibleAsync();

        await frame.GetByRole(AriaRole.Link, new() { Name = "Knowledge base" }).FocusAsync();
        await page.Keyboard.PressAsync("Escape");

        await Expect(panel).ToBeHiddenAsync();
        await Expect(launcher).ToBeFocusedAsync();
        await Expect(launcher).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task Close_button_closes_the_panel_and_the_launcher_gets_focus_back()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.AllowedHost.Origin + "/");
        var launcher = page.GetByRole(AriaRole.Button, new() { Name = "Get help", Exact = true });
        await launcher.ClickAsync();
        await Expect(page.FrameLocator("iframe[title='Get help']").GetByRole(AriaRole.Heading, new() { Name = "Knowledge base", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Close Get help" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Get help", Exact = true })).ToBeHiddenAsync();
        await Expect(launcher).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Focus_the_panel_page_takes_after_the_panel_closed_goes_back_to_the_launcher()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.AllowedHost.Origin + "/");
        var launcher = page.GetByRole(AriaRole.Button, new() { Name = "Get help", Exact = true });
        await launcher.ClickAsync();
        await Expect(page.FrameLocator("iframe[title='Get help']").GetByRole(AriaRole.Heading, new() { Name = "Knowledge base", Level = 1 })).ToBeVisibleAsync();
        var panelOrigin = await page.EvaluateAsync<string>("new URL(document.querySelector(\"iframe[title='Get help']\").src).origin");

        // The race a keyboard user lost to: the host asks the panel page to focus its heading (it just became ready)
        // and the panel closes before the page, in its own process, has done it.
        await page.EvaluateAsync("""
            origin => {
                const frame = document.querySelector("iframe[title='Get help']");
                frame.contentWindow.postMessage({ type: 'supportportal:focus' }, origin);
                SupportPortal.close();
            }
            """, panelOrigin);
        await Expect(launcher).ToBeFocusedAsync();

        // However late the panel page's focus lands, the closed panel does not keep it.
        await page.EvaluateAsync("() => document.querySelector(\"iframe[title='Get help']\").contentWindow.focus()");

        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Get help", Exact = true })).ToBeHiddenAsync();
        await Expect(launcher).ToBeFocusedAsync();
    }

    [Fact]
    public async Task On_a_german_page_without_texts_of_its_own_the_launcher_and_close_button_are_german()
    {
        // The browser itself is English: the host page's lang decides.
        await using var context = await portal.Browser.NewContextAsync(new() { BaseURL = portal.Server.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.AllowedHost.Origin + "/de");
        var launcher = page.GetByRole(AriaRole.Button, new() { Name = "Hilfe", Exact = true });
        await Expect(launcher).ToHaveTextAsync("Hilfe");

        await launcher.ClickAsync();

        var panel = page.GetByRole(AriaRole.Dialog, new() { Name = "Hilfe", Exact = true });
        await Expect(panel).ToBeVisibleAsync();
        var close = panel.GetByRole(AriaRole.Button, new() { Name = "Hilfe schließen", Exact = true });
        await Expect(close).ToHaveTextAsync("Schließen");
        await close.ClickAsync();
        await Expect(panel).ToBeHiddenAsync();
        await Expect(launcher).ToBeFocusedAsync();
    }

    [Fact]
    public async Task On_a_phone_the_panel_fills_the_screen()
    {
        var page = await portal.NewPageAsync();
        await page.SetViewportSizeAsync(390, 780);
        await page.GotoAsync(portal.AllowedHost.Origin + "/");

        await page.GetByRole(AriaRole.Button, new() { Name = "Get help", Exact = true }).ClickAsync();

        var panel = page.GetByRole(AriaRole.Dialog, new() { Name = "Get help", Exact = true });
        await Expect(panel).ToBeVisibleAsync();
        var box = await panel.BoundingBoxAsync();
        Assert.Equal((0f, 0f, 390f, 780f), (box!.X, box.Y, box.Width, box.Height));
    }

    [Fact]
    public async Task Host_script_opens_a_given_portal_page_in_the_panel()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.AllowedHost.Origin + "/");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Get help", Exact = true })).ToBeVisibleAsync();

        await page.EvaluateAsync("() => SupportPortal.open('/kb/search?q=install')");

        var frame = page.FrameLocator("iframe[title='Get help']");
        await Expect(frame.GetByRole(AriaRole.Link, new() { Name = "How to install the Widget client" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_site_that_is_not_allowed_cannot_frame_the_portal()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(portal.OtherHost.Origin + "/");

        // Chromium reports the refusal on the host page's console.
        var refusal = await page.RunAndWaitForConsoleMessageAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Get help", Exact = true }).ClickAsync(),
            new() { Predicate = message => message.Text.Contains("frame-ancestors", StringComparison.Ordinal) });

        Assert.Contains(portal.Server.BaseUrl, refusal.Text);
        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Get help", Exact = true })).ToBeVisibleAsync();
        var frame = page.FrameLocator("iframe[title='Get help']");
        await Expect(frame.GetByRole(AriaRole.Heading, new() { Name = "Knowledge base" })).ToHaveCountAsync(0);
        await Expect(frame.GetByText(EmbeddingFixture.BrandName)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_panel_the_browser_refuses_cookies_offers_the_page_in_a_new_tab()
    {
        var page = await portal.NewPageAsync();

        await page.GotoAsync(portal.AllowedHost.Origin + "/sandboxed");

        var frame = page.FrameLocator("iframe[title='Support']");
        var fallback = frame.GetByRole(AriaRole.Link, new() { Name = "Open in a new tab" });
        await Expect(fallback).ToBeVisibleAsync();
        await Expect(fallback).ToHaveAttributeAsync("href", "/kb");
        await Expect(fallback).ToHaveAttributeAsync("target", "_blank");
    }

    /// <summary>What a host site does: an HS256 JWT with email, name, iat, exp and a fresh jti.</summary>
    private static string HostSiteToken(string email, string name)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { email, name, iat = now, exp = now + 300, jti = Guid.NewGuid().ToString("N") }));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(PortalServer.SsoSecret), Encoding.ASCII.GetBytes($"{header}.{payload}"));
        return $"{header}.{payload}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
