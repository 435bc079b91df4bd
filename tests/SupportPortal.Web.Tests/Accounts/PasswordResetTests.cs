using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Web.Accounts.Data;

namespace SupportPortal.Web.Tests.Accounts;

public sealed class PasswordResetTests(AccountsFactory portal) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task Forgotten_password_mail_leads_to_a_new_password_that_signs_in_and_lifts_a_lockout()
    {
        var user = await portal.CreateAccountAsync("Old-password-1");
        await LockOutAsync(user);
        var browser = PortalBrowser.For(portal);

        var asked = await browser.SubmitAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = user.Email! });
        var link = PickupMail.Link(PickupMail.SingleTo(portal.MailFolder, user.Email!, "Reset your"), "/account/reset-password");
        var reset = await browser.SubmitAsync(link.PathAndQuery, "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email!,
            ["Input.Password"] = "New-password-2",
            ["Input.ConfirmPassword"] = "New-password-2",
        });
        var signIn = await browser.SignInAsync(user.Email!, "New-password-2");

        Assert.Contains("a link to reset its password is on its way", PortalBrowser.Text(await PortalBrowser.ParseAsync(asked)));
        Assert.Contains("Your password has been changed", PortalBrowser.Text(await PortalBrowser.ParseAsync(reset)));
        Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_an_unknown_address_and_sends_nothing()
    {
        var email = $"nobody-{Guid.NewGuid():N}@example.com";

        var asked = await PortalBrowser.For(portal).SubmitAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Contains("a link to reset its password is on its way", PortalBrowser.Text(await PortalBrowser.ParseAsync(asked)));
        Assert.DoesNotContain(
            Directory.Exists(portal.MailFolder) ? Directory.GetFiles(portal.MailFolder) : [],
            path => File.ReadAllText(path).Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    private async Task LockOutAsync(PortalUser user)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var stored = await users.FindByIdAsync(user.Id);
        await users.SetLockoutEndDateAsync(stored!, DateTimeOffset.UtcNow.AddMinutes(15));
    }
}
