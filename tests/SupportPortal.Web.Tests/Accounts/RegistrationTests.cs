using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Web.Accounts.Data;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests.Accounts;

public sealed class RegistrationTests(AccountsFactory portal) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task Registering_sends_a_confirmation_mail_whose_link_confirms_the_address_and_then_sign_in_works()
    {
        var email = $"new-{Guid.NewGuid():N}@example.com";
        var browser = PortalBrowser.For(portal);

        var registered = await RegisterAsync(browser, "Nina New", email, "A-long-passphrase");

        Assert.Equal(HttpStatusCode.Found, registered.StatusCode);
        Assert.Equal("/account/register-confirmation", PortalBrowser.RedirectTarget(registered));
        var mail = PickupMail.SingleTo(portal.MailFolder, email, "Confirm your e-mail address");
        var link = PickupMail.Link(mail, "/account/confirm-email");
        Assert.Equal("localhost", link.Host);

        var confirmation = await browser.GetDocumentAsync(link.PathAndQuery);
        var signedIn = await browser.SignInAsync(email, "A-long-passphrase");

        Assert.Contains("your e-mail address is confirmed", PortalBrowser.Text(confirmation));
        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        Assert.True((await portal.FindAccountAsync(email))!.EmailConfirmed);
        var home = await browser.GetDocumentAsync("/");
        Assert.Contains("Nina New", home.QuerySelector("a[href='/account/profile']")?.TextContent);
    }

    [Fact]
    public async Task Until_the_address_is_confirmed_the_account_cannot_sign_in_and_has_no_customer()
    {
        var email = $"unconfirmed-{Guid.NewGuid():N}@example.com";
        var browser = PortalBrowser.For(portal);
        await RegisterAsync(browser, "Una Unconfirmed", email, "A-long-passphrase");

        var signIn = await PortalBrowser.ParseAsync(await browser.SignInAsync(email, "A-long-passphrase"));

        Assert.Contains("Please confirm your e-mail address first", signIn.QuerySelector("[role='alert']")?.TextContent);
        await using var scope = portal.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email);
        var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<PortalUser>>().CreateUserPrincipalAsync(user!);
        Assert.True(principal.Identity?.IsAuthenticated);
        Assert.Null(CurrentCustomer.FromPrincipal(principal));
    }

    [Fact]
    public async Task A_tampered_confirmation_link_confirms_nothing()
    {
        var email = $"tamper-{Guid.NewGuid():N}@example.com";
        var browser = PortalBrowser.For(portal);
        await RegisterAsync(browser, "Tom Tamper", email, "A-long-passphrase");
        var link = PickupMail.Link(PickupMail.SingleTo(portal.MailFolder, email, "Confirm"), "/account/confirm-email");

        var page = await browser.GetDocumentAsync(link.PathAndQuery.Replace("code=", "code=AAAA", StringComparison.Ordinal));

        Assert.Contains("This confirmation link is not valid any more", PortalBrowser.Text(page));
        Assert.False((await portal.FindAccountAsync(email))!.EmailConfirmed);
    }

    [Fact]
    public async Task Mistakes_are_shown_beside_their_fields_and_everything_typed_but_passwords_is_kept()
    {
        var response = await RegisterAsync(PortalBrowser.For(portal), "Kim Keep", "not-an-address", "short", "different");

        var page = await PortalBrowser.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Kim Keep", page.GetElementById("register-name")?.GetAttribute("value"));
        Assert.Equal("not-an-address", page.GetElementById("register-email")?.GetAttribute("value"));
        Assert.Contains("Enter an e-mail address such as name@example.com.", page.GetElementById("register-email-error")?.TextContent);
        Assert.Contains("Use at least 8 characters.", page.GetElementById("register-password-error")?.TextContent);
        Assert.Contains("The two passwords don't match.", page.GetElementById("register-confirm-password-error")?.TextContent);
        Assert.True(string.IsNullOrEmpty(page.GetElementById("register-password")?.GetAttribute("value")));
        Assert.True(string.IsNullOrEmpty(page.GetElementById("register-confirm-password")?.GetAttribute("value")));
    }

    [Fact]
    public async Task An_address_that_already_has_an_account_is_refused_beside_the_email_field()
    {
        var response = await RegisterAsync(PortalBrowser.For(portal), "Not Alice", "alice@example.com", "A-long-passphrase");

        var page = await PortalBrowser.ParseAsync(response);
        Assert.Contains("An account with this e-mail address already exists", page.GetElementById("register-email-error")?.TextContent);
    }

    [Fact]
    public async Task Register_page_labels_its_four_inputs_and_its_button_says_create_account()
    {
        var page = await PortalBrowser.For(portal).GetDocumentAsync("/account/register");

        Assert.Equal(
            ["Name", "Email", "Password", "Confirm password"],
            page.QuerySelectorAll("main form label").Select(l => l.TextContent.Trim()).ToArray());
        Assert.All(page.QuerySelectorAll("main form label"), label => Assert.NotNull(page.GetElementById(label.GetAttribute("for")!)));
        Assert.Equal("Create account", page.QuerySelector("main form button[type='submit']")?.TextContent.Trim());
    }

    internal static Task<HttpResponseMessage> RegisterAsync(PortalBrowser browser, string name, string email, string password, string? confirm = null) =>
        browser.SubmitAsync("/account/register", "register", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = confirm ?? password,
        });
}
