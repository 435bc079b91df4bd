using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using static Microsoft.Playwright.Assertions;

namespace SupportPortal.E2E;

// Accounts live in the portal's own store, whatever the helpdesk: one backend is enough.
[Collection(EmbeddedPortal.Name)]
public sealed partial class AccountTests(EmbeddedPortalFixture portal)
{
    [Fact]
    public async Task A_new_customer_registers_confirms_from_the_mail_signs_in_and_signs_out()
    {
        var email = $"erin-{Guid.NewGuid():N}@example.com";
        var page = await portal.NewPageAsync();

        await page.GotoAsync("/account/register");
        await page.GetByLabel("Name").FillAsync("Erin Endtoend");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Erin-passphrase-1");
        await page.GetByLabel("Confirm password").FillAsync("Erin-passphrase-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your e-mail" })).ToBeVisibleAsync();

        await page.GotoAsync(ConfirmationLink(email));
        await Expect(page.GetByText("your e-mail address is confirmed")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/login$"));

        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("Erin-passphrase-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Erin Endtoend" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Alice_signs_in_with_the_demo_password_and_lands_where_she_was_going()
    {
        var page = await portal.NewPageAsync();

        await page.GotoAsync("/account/profile");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Faccount%2Fprofile$"));
        await page.GetByLabel("Email").FillAsync("alice@example.com");
        await page.GetByLabel("Password").FillAsync("Demo-pass-1");
        await page.GetByLabel("Remember me").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/account/profile$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your profile" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Name" })).ToHaveValueAsync("Alice Customer");
        await Expect(page.GetByText("Your address is alice@example.com")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_explained_and_the_email_stays_typed()
    {
        var page = await portal.NewPageAsync();

        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync("bob@example.com");
        await page.GetByLabel("Password").FillAsync("not-bobs-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("don't match an account");
        await Expect(page.GetByLabel("Email")).ToHaveValueAsync("bob@example.com");
        await Expect(page.GetByLabel("Password")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task The_host_site_signs_a_customer_in_with_a_token()
    {
        var email = $"sso-{Guid.NewGuid():N}@example.com";
        var page = await portal.NewPageAsync();

        await page.GotoAsync($"/account/sso?jwt={HostSiteToken(email, "Sasha Sso")}&return_to=%2Faccount%2Fprofile");

        await Expect(page).ToHaveURLAsync(new Regex("/account/profile$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sasha Sso" })).ToBeVisibleAsync();
        await Expect(page.GetByText($"Your address is {email}")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_forged_token_gets_a_page_that_says_why()
    {
        var page = await portal.NewPageAsync();

        var response = await page.GotoAsync($"/account/sso?jwt={HostSiteToken("alice@example.com", "Alice Customer", "a-secret-that-is-not-the-portals-one-at-all")}");

        Assert.Equal(401, response?.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "We couldn't sign you in" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("signature is not valid");
    }

    private string ConfirmationLink(string email)
    {
        var message = Directory.GetFiles(portal.Server.MailFolder, "*.eml")
            .Select(path => MimeMessage.Load(path))
            .Single(m => m.To.Mailboxes.Any(b => b.Address == email));
        return Link().Matches(message.TextBody ?? "").Select(m => m.Value).Single(l => l.Contains("/account/confirm-email?", StringComparison.Ordinal));
    }

    /// <summary>What a host site does: an HS256 JWT with email, name, iat, exp and a fresh jti.</summary>
    private static string HostSiteToken(string email, string name, string secret = PortalServer.SsoSecret)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { email, name, iat = now, exp = now + 300, jti = Guid.NewGuid().ToString("N") }));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes($"{header}.{payload}"));
        return $"{header}.{payload}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
