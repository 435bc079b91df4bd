using System.Net;

namespace SupportPortal.Web.Tests.Accounts;

/// <summary>Every account form refuses a post that lacks the antiforgery token another site cannot read.</summary>
public sealed class AntiforgeryTests(AccountsFactory portal) : IClassFixture<AccountsFactory>
{
    [Theory]
    [InlineData("/account/login", "login", "Input.Email=alice%40example.com&Input.Password=Demo-pass-1")]
    [InlineData("/account/register", "register", "Input.Name=X&Input.Email=x%40example.com&Input.Password=A-long-passphrase&Input.ConfirmPassword=A-long-passphrase")]
    [InlineData("/account/forgot-password", "forgot-password", "Input.Email=alice%40example.com")]
    [InlineData("/account/resend-confirmation", "resend-confirmation", "Input.Email=alice%40example.com")]
    [InlineData("/account/reset-password?code=abc", "reset-password", "Input.Email=alice%40example.com&Input.Password=A-long-passphrase&Input.ConfirmPassword=A-long-passphrase")]
    public async Task An_account_form_posted_without_the_token_is_refused_with_400(string path, string formName, string fields)
    {
        var response = await portal.CreateClient().PostAsync(path, Form($"_handler={formName}&{fields}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith(".SupportPortal.Account=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Profile_forms_posted_without_the_token_are_refused_with_400()
    {
        var browser = PortalBrowser.For(portal);
        await browser.SignInAsync("alice@example.com", "Demo-pass-1");

        var response = await browser.Client.PostAsync("/account/profile", Form("_handler=profile-email&EmailForm.NewEmail=thief%40example.com"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sign_out_posted_without_the_token_is_refused_with_400_and_the_customer_stays_signed_in()
    {
        var browser = PortalBrowser.For(portal);
        await browser.SignInAsync("alice@example.com", "Demo-pass-1");

        var response = await browser.Client.PostAsync("/account/logout", Form(""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("We couldn't sign you out", PortalBrowser.Text(await PortalBrowser.ParseAsync(response)));
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/account/profile")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_cannot_be_done_with_a_get()
    {
        var browser = PortalBrowser.For(portal);
        await browser.SignInAsync("alice@example.com", "Demo-pass-1");

        await browser.Client.GetAsync("/account/logout");

        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/account/profile")).StatusCode);
    }

    private static StringContent Form(string body) => new(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
}
