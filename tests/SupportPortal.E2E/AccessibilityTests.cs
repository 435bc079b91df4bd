using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SupportPortal.Helpdesk;
using static Microsoft.Playwright.Assertions;

namespace SupportPortal.E2E;

/// <summary>
/// axe-core (bundled by Deque.AxeCore.Playwright) on every page a customer can reach, in light and in dark mode, with
/// the WCAG 2.0/2.1 A and AA rules and axe's best practices: no violations. One test per page: it brings the page to
/// its state once (signed in, a list open, errors shown), checks it light, turns it dark in place as the toggle does and
/// checks it again; the message lists each violation with its scheme, its elements and where to read about it.
/// </summary>
public abstract partial class AccessibilityTests(PortalFixture portal)
{
    private const string Alice = "alice@example.com";

    /// <summary>Each page as a customer arrives at it; <see cref="ArriveAsync"/> knows how to get there.</summary>
    private static readonly string[] PageNames =
    [
        "home", "knowledge base", "category", "article", "search with results", "search without results", "not found",
        "error", "too many requests", "language refused",
        "sign in", "sign in after a wrong password", "register", "register with mistakes", "register confirmation",
        "forgot password", "reset password", "reset password without a code", "resend confirmation", "confirm e-mail with a bad link",
        "sso refused", "access denied", "sign-out refused",
        "profile", "tickets", "tickets filtered with a list open", "new ticket with custom fields", "new ticket after a failed submit",
        "ticket with attachments",
        "panel home", "panel knowledge base", "panel article", "panel sign in", "panel tickets", "panel new ticket",
    ];

    private static readonly AxeRunOptions WcagAndBestPractice = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
        },
    };

    public static TheoryData<string> Pages() => new(PageNames);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_accessibility_violations_in_light_or_dark_mode(string pageName)
    {
        var page = await portal.NewPageAsync();
        await ChooseLightAsync(page);
        await ArriveAsync(page, pageName);
        var light = await CheckAsync(page, "light");

        await TurnDarkAsync(page);
        var dark = await CheckAsync(page, "dark");

        var violations = light.Concat(dark).ToList();
        Assert.True(violations.Count == 0, Report(pageName, page.Url, violations));
    }

    /// <summary>The customer's remembered choice (the cookie the dark-mode toggle writes), and the device agreeing with it.</summary>
    private async Task ChooseLightAsync(IPage page)
    {
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await page.Context.AddCookiesAsync([new Cookie { Name = "portal-scheme", Value = "light", Url = portal.Server.BaseUrl }]);
    }

    /// <summary>
    /// What the dark-mode toggle does (wwwroot/js/colour-scheme.js), without clicking it: a click would close an open
    /// list and so check a different page in dark mode. The scheme is CSS alone, so nothing else changes.
    /// </summary>
    private static async Task TurnDarkAsync(IPage page)
    {
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.EvaluateAsync("""
            () => {
                document.cookie = 'portal-scheme=dark; Path=/';
                document.documentElement.setAttribute('data-scheme', 'dark');
                document.querySelectorAll('[data-scheme-toggle]').forEach(t => t.setAttribute('aria-pressed', 'true'));
            }
            """);
    }

    private static async Task<IEnumerable<(string Scheme, AxeResultItem Violation)>> CheckAsync(IPage page, string scheme)
    {
        // The scheme really is the one checked: a contrast pass in light mode must not pass for dark mode.
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-scheme", scheme);

        // Colours mid-transition (buttons, the new scheme) would be measured as neither scheme's.
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => !(a instanceof CSSTransition) || a.playState !== 'running')");
        var result = await page.RunAxe(WcagAndBestPractice);
        Assert.NotEmpty(result.Passes); // axe really ran its rules on this page, rather than on nothing
        return result.Violations.Select(violation => (scheme, violation));
    }

    private async Task ArriveAsync(IPage page, string pageName)
    {
        switch (pageName)
        {
            case "home": await OpenAsync(page, "/"); break;
            case "knowledge base": await OpenAsync(page, "/kb"); break;
            case "category": await OpenCategoryAsync(page, ""); break;
            case "article": await OpenArticleAsync(page, ""); break;
            case "search with results": await OpenAsync(page, "/kb/search?q=install"); break;
            case "search without results": await OpenAsync(page, "/kb/search?q=zebraquasar"); break;
            case "not found": await OpenAsync(page, "/no-such-page", 404); break;
            case "error": await OpenAsync(page, "/Error"); break;
            case "too many requests": await OpenAsync(page, "/too-many-requests"); break;
            case "language refused": await OpenAsync(page, "/culture/refused"); break;
            case "sign in": await OpenAsync(page, "/account/login"); break;
            case "sign in after a wrong password": await FailSignInAsync(page); break;
            case "register": await OpenAsync(page, "/account/register"); break;
            case "register with mistakes": await FailRegistrationAsync(page); break;
            case "register confirmation": await OpenAsync(page, "/account/register-confirmation"); break;
            case "forgot password": await OpenAsync(page, "/account/forgot-password"); break;
            case "reset password": await OpenAsync(page, "/account/reset-password?code=" + Base64Url("a-reset-token")); break;
            case "reset password without a code": await OpenAsync(page, "/account/reset-password"); break;
            case "resend confirmation": await OpenAsync(page, "/account/resend-confirmation"); break;
            case "confirm e-mail with a bad link": await OpenAsync(page, "/account/confirm-email?userId=nobody&code=" + Base64Url("bad")); break;
            case "sso refused": await OpenAsync(page, "/account/sso?jwt=not.a.token", 401); break;
            case "access denied": await OpenAsync(page, "/account/access-denied"); break;
            case "sign-out refused": await OpenAsync(page, "/account/sign-out-refused"); break;
            case "profile": await SignInAsync(page); await OpenAsync(page, "/account/profile"); break;
            case "tickets": await SignInAsync(page); await OpenInteractiveAsync(page, "/tickets"); break;
            case "tickets filtered with a list open": await OpenFilteredTicketsAsync(page); break;
            case "new ticket with custom fields": await OpenNewTicketWithCustomFieldsAsync(page); break;
            case "new ticket after a failed submit": await FailNewTicketAsync(page); break;
            case "ticket with attachments": await OpenTicketWithAttachmentsAsync(page); break;
            case "panel home": await OpenAsync(page, "/embed/"); break;
            case "panel knowledge base": await OpenAsync(page, "/embed/kb"); break;
            case "panel article": await OpenArticleAsync(page, "/embed"); break;
            case "panel sign in": await OpenAsync(page, "/embed/account/login"); break;
            case "panel tickets": await SignInAsync(page); await OpenInteractiveAsync(page, "/embed/tickets"); break;
            case "panel new ticket": await SignInAsync(page); await OpenInteractiveAsync(page, "/embed/tickets/new"); break;
            default: throw new ArgumentException($"No way to reach the page \"{pageName}\".", nameof(pageName));
        }
    }

    private static async Task OpenAsync(IPage page, string path, int status = 200)
    {
        var response = await page.GotoAsync(path);
        Assert.Equal(status, response?.Status);
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Opens an interactive page and waits for its circuit: MudBlazor's popovers and enabled controls come only then.</summary>
    private static async Task OpenInteractiveAsync(IPage page, string path)
    {
        await OpenAsync(page, path);
        await WaitUntilInteractiveAsync(page);
    }

    private static async Task WaitUntilInteractiveAsync(IPage page)
    {
        await page.Locator(".mud-popover-provider").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(page.GetByRole(AriaRole.Combobox).First).ToBeEnabledAsync();
    }

    /// <summary>Follows the links from the knowledge base, staying in the panel when <paramref name="pathBase"/> is /embed.</summary>
    private static async Task OpenCategoryAsync(IPage page, string pathBase)
    {
        await OpenAsync(page, pathBase + "/kb");
        await FollowAsync(page, pathBase, page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Getting Started" }).First);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Getting Started" })).ToBeVisibleAsync();
    }

    private static async Task OpenArticleAsync(IPage page, string pathBase)
    {
        await OpenCategoryAsync(page, pathBase);
        await FollowAsync(page, pathBase, page.GetByRole(AriaRole.Link, new() { Name = "How to install the Widget client" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "How to install the Widget client" })).ToBeVisibleAsync();
    }

    // Outside a host site's frame the panel's links lead to the full pages; the frame's navigations are kept in the panel.
    private static async Task FollowAsync(IPage page, string pathBase, ILocator link) =>
        await OpenAsync(page, pathBase + await link.GetAttributeAsync("href"));

    private static async Task FailSignInAsync(IPage page)
    {
        await OpenAsync(page, "/account/login");
        await page.GetByLabel("Email").FillAsync(Alice);
        await page.GetByLabel("Password").FillAsync("not-alices-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
    }

    private static async Task FailRegistrationAsync(IPage page)
    {
        await OpenAsync(page, "/account/register");
        await page.GetByLabel("Email").FillAsync("not-an-address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.Locator("[aria-invalid=true]").First).ToBeVisibleAsync();
    }

    /// <summary>Signs alice in through the sign-in page, as a customer does.</summary>
    private static async Task SignInAsync(IPage page)
    {
        await OpenAsync(page, "/account/login");
        await page.GetByLabel("Email").FillAsync(Alice);
        await page.GetByLabel("Password").FillAsync("Demo-pass-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("/account/login"));
    }

    private static async Task OpenFilteredTicketsAsync(IPage page)
    {
        await SignInAsync(page);
        await OpenInteractiveAsync(page, "/tickets");
        await OpenListAsync(page.GetByRole(AriaRole.Combobox, new() { Name = "Status" }));
        await page.GetByRole(AriaRole.Option, new() { Name = "Closed", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("status=\\d+"));
        await OpenListAsync(page.GetByRole(AriaRole.Combobox, new() { Name = "Priority" }));
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "All priorities" })).ToBeVisibleAsync();
    }

    /// <summary>Clicks a select until its list opens: right after the circuit starts, the first click may be lost.</summary>
    private static async Task OpenListAsync(ILocator select)
    {
        for (var attempt = 1; ; attempt++)
        {
            await select.ClickAsync();
            try
            {
                await Expect(select).ToHaveAttributeAsync("aria-expanded", "true", new() { Timeout = 2_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 5)
            {
            }
        }
    }

    private static async Task OpenNewTicketWithCustomFieldsAsync(IPage page)
    {
        await SignInAsync(page);
        await OpenInteractiveAsync(page, "/tickets/new");
        await OpenListAsync(page.GetByRole(AriaRole.Combobox, new() { Name = "Department (required)" }));
        await page.GetByRole(AriaRole.Option, new() { Name = "Technical Support" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Technical details" })).ToBeVisibleAsync();

        // A subject brings up suggested articles, which the check should see too.
        await page.GetByLabel("Subject (required)").FillAsync("install widget");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "How to install the Widget client" })).ToBeVisibleAsync();
    }

    private static async Task FailNewTicketAsync(IPage page)
    {
        await OpenNewTicketWithCustomFieldsAsync(page);
        await page.GetByLabel("Subject (required)").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit ticket" }).ClickAsync();
        await Expect(page.Locator("[aria-invalid=true]").First).ToBeVisibleAsync();
    }

    private async Task OpenTicketWithAttachmentsAsync(IPage page)
    {
        var helpdesk = portal.Server.Services.GetRequiredService<IHelpdesk>();
        var ticketId = await TicketWithAttachmentAsync(helpdesk);
        await SignInAsync(page);
        await OpenAsync(page, $"/tickets/{ticketId}");
        await Expect(page.Locator("a.ticket-attachment").First).ToBeVisibleAsync();
        await page.Locator(".mud-popover-provider").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(page.GetByLabel("Your reply")).ToBeEnabledAsync();
    }

    /// <summary>Alice's oldest ticket with an attachment (a demo ticket, never one a test wrote).</summary>
    private static async Task<int> TicketWithAttachmentAsync(IHelpdesk helpdesk)
    {
        foreach (var summary in (await helpdesk.GetSubmittedTicketsAsync(Alice, TicketQuery.Default with { PageSize = 100 })).Reverse())
        {
            var ticket = await helpdesk.GetSubmittedTicketAsync(Alice, summary.Id);
            if (ticket.Posts.Any(p => p.Attachments.Count > 0))
            {
                return ticket.Id;
            }
        }

        throw new InvalidOperationException("The demo data has no ticket of alice's with an attachment.");
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Each violation with what a fix needs: the rule, its impact, the elements (selector and HTML) and the help page.</summary>
    private static string Report(string pageName, string url, IEnumerable<(string Scheme, AxeResultItem Violation)> violations)
    {
        var report = new StringBuilder($"Accessibility violations on \"{pageName}\" ({url}):");
        foreach (var (scheme, violation) in violations)
        {
            report.AppendLine().Append($"- {scheme} mode: {violation.Id} ({violation.Impact}): {violation.Help}  {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                var html = node.Html.Length > 300 ? node.Html[..300] + "…" : node.Html;
                report.AppendLine().Append($"    at {node.Target}: {html}");
                foreach (var check in node.Any.Concat(node.All).Concat(node.None))
                {
                    report.AppendLine().Append("      ").Append(check.Message);
                }
            }
        }

        return report.ToString();
    }
}

[Collection(EmbeddedPortal.Name)]
public sealed class AccessibilityOnEmbedded(EmbeddedPortalFixture portal) : AccessibilityTests(portal);

[Collection(KayakoClassicPortal.Name)]
public sealed class AccessibilityOnKayakoClassic(KayakoClassicPortalFixture portal) : AccessibilityTests(portal);
