using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Web.Accounts;
using SupportPortal.Web.Accounts.Data;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests.Accounts;

public sealed class SignInTests(AccountsFactory portal) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task Alice_signs_in_with_the_demo_password_and_the_app_bar_offers_her_profile_and_sign_out()
    {
        var browser = PortalBrowser.For(portal);

        var response = await browser.SignInAsync("alice@example.com", "Demo-pass-1");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/", PortalBrowser.RedirectTarget(response));
        var home = await browser.GetDocumentAsync("/");
        Assert.Contains("Alice Customer", home.QuerySelector("a[href='/account/profile']")?.TextContent);
        Assert.NotNull(home.QuerySelectorAll("form[action='/account/logout'] button").SingleOrDefault(b => b.TextContent.Contains("Sign out")));
        Assert.Null(home.QuerySelector("a[href^='/account/login']"));
    }

    [Fact]
    public async Task Visitors_see_a_sign_in_link_in_the_app_bar_and_no_sign_out_button()
    {
        var home = await PortalBrowser.For(portal).GetDocumentAsync("/");

        Assert.Contains("Sign in", home.QuerySelector("a[href='/account/login']")?.TextContent);
        Assert.Null(home.QuerySelector("form[action='/account/logout']"));
    }

    [Fact]
    public async Task Sign_in_page_labels_every_input_and_offers_the_host_sites_sign_in()
    {
        var page = await PortalBrowser.For(portal).GetDocumentAsync("/account/login?ReturnUrl=%2Ftickets");

        foreach (var (label, id) in new[] { ("Email", "login-email"), ("Password", "login-password"), ("Remember me", "login-remember") })
        {
            Assert.Equal(label, page.QuerySelector($"label[for='{id}']")?.TextContent.Trim());
            Assert.NotNull(page.GetElementById(id));
        }

        Assert.Equal("Sign in", page.QuerySelector("main form button[type='submit']")?.TextContent.Trim());
        var sso = page.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Sign in with Contoso"));
        Assert.Equal("https://www.contoso.example/login?return_to=%2Ftickets", sso.GetAttribute("href"));
    }

    [Fact]
    public async Task Wrong_password_says_so_keeps_the_email_and_never_sends_the_password_back()
    {
        var browser = PortalBrowser.For(portal);

        var response = await browser.SignInAsync("alice@example.com", "not-her-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalBrowser.ParseAsync(response);
        Assert.Contains("That e-mail address and password don't match an account", page.QuerySelector("[role='alert']")?.TextContent);
        Assert.Equal("alice@example.com", page.GetElementById("login-email")?.GetAttribute("value"));
        Assert.True(string.IsNullOrEmpty(page.GetElementById("login-password")?.GetAttribute("value")));
        Assert.DoesNotContain("not-her-password", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Empty_fields_get_their_messages_beside_them()
    {
        var response = await PortalBrowser.For(portal).SignInAsync("", "");

        var page = await PortalBrowser.ParseAsync(response);
        Assert.Equal("Enter your e-mail address.", page.GetElementById("login-email-error")?.TextContent.Trim());
        Assert.Equal("Enter your password.", page.GetElementById("login-password-error")?.TextContent.Trim());
        Assert.Equal("login-email-error", page.GetElementById("login-email")?.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes_even_against_the_right_one()
    {
        var user = await portal.CreateAccountAsync("Right-password-1");
        var browser = PortalBrowser.For(portal);
        for (var attempt = 1; attempt < AccountsExtensions.MaxFailedSignInAttempts; attempt++)
        {
            var failed = await PortalBrowser.ParseAsync(await browser.SignInAsync(user.Email!, "wrong-password"));
            Assert.Contains("don't match", failed.QuerySelector("[role='alert']")?.TextContent);
        }

        var fifth = await PortalBrowser.ParseAsync(await browser.SignInAsync(user.Email!, "wrong-password"));
        var withRightPassword = await browser.SignInAsync(user.Email!, "Right-password-1");

        Assert.Contains("locked for 15 minutes", fifth.QuerySelector("[role='alert']")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Contains("locked for 15 minutes", (await PortalBrowser.ParseAsync(withRightPassword)).QuerySelector("[role='alert']")?.TextContent);
    }

    [Fact]
    public async Task Remember_me_makes_the_sign_in_cookie_outlive_the_browser_session()
    {
        var remembered = await PortalBrowser.For(portal).SignInAsync("bob@example.com", "Demo-pass-1", rememberMe: true);
        var forgotten = await PortalBrowser.For(portal).SignInAsync("bob@example.com", "Demo-pass-1", rememberMe: false);

        Assert.Contains(AccountCookie(remembered), c => c.StartsWith("expires=", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(AccountCookie(forgotten), c => c.StartsWith("expires=", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Sign_out_ends_the_session_and_goes_home()
    {
        var browser = PortalBrowser.For(portal);
        await browser.SignInAsync("bob@example.com", "Demo-pass-1");

        var response = await browser.SignOutAsync();

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/", PortalBrowser.RedirectTarget(response));
        var profile = await browser.Client.GetAsync("/account/profile");
        Assert.Equal(HttpStatusCode.Found, profile.StatusCode);
    }

    [Fact]
    public async Task Profile_needs_a_signed_in_customer_and_sends_visitors_to_sign_in_with_a_return_address()
    {
        var response = await PortalBrowser.For(portal).Client.GetAsync("/account/profile");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Faccount%2Fprofile", PortalBrowser.RedirectTarget(response));
    }

    [Fact]
    public async Task Signed_in_customer_carries_the_three_claims_CurrentCustomer_reads()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<PortalUser>>();
        var alice = await users.FindByEmailAsync("alice@example.com");

        var principal = await signIn.CreateUserPrincipalAsync(alice!);

        Assert.Equal(new Customer("alice@example.com", "Alice Customer"), CurrentCustomer.FromPrincipal(principal));
    }

    [Fact]
    public async Task Cookies_and_links_are_protected_with_keys_kept_in_the_portal_store_so_a_restart_keeps_customers_signed_in()
    {
        await PortalBrowser.For(portal).SignInAsync("bob@example.com", "Demo-pass-1");

        await using var scope = portal.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<PortalAccountsDbContext>();
        Assert.NotEmpty(store.DataProtectionKeys);
    }

    private static List<string> AccountCookie(HttpResponseMessage response)
    {
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".SupportPortal.Account=", StringComparison.Ordinal));
        return cookie.Split(';', StringSplitOptions.TrimEntries).ToList();
    }
}
