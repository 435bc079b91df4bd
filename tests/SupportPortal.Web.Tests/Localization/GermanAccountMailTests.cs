using System.Net;
using System.Net.Http.Headers;
using SupportPortal.Web.Tests.Accounts;

namespace SupportPortal.Web.Tests.Localization;

/// <summary>A customer who registers in German gets the confirmation e-mail and the next pages in German.</summary>
public sealed class GermanAccountMailTests(AccountsFactory portal) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task Registering_in_german_sends_a_german_confirmation_mail()
    {
        var email = $"neu-{Guid.NewGuid():N}@example.com";
        var browser = PortalBrowser.For(portal);
        browser.Client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("de"));

        var registered = await RegistrationTests.RegisterAsync(browser, "Nina Neu", email, "Ein-langes-Passwort");

        Assert.Equal(HttpStatusCode.Found, registered.StatusCode);
        var mail = PickupMail.SingleTo(portal.MailFolder, email, "Bestätigen Sie Ihre E-Mail-Adresse für");
        Assert.StartsWith("Guten Tag Nina Neu,", mail.TextBody);
        Assert.Contains($"Bitte bestätigen Sie, dass {email} Ihre E-Mail-Adresse ist", mail.TextBody);
        Assert.Contains("Meine E-Mail-Adresse bestätigen:", mail.TextBody);
        Assert.DoesNotContain("Hello", mail.TextBody);
        Assert.DoesNotContain("Confirm", mail.TextBody);

        var link = PickupMail.Link(mail, "/account/confirm-email");
        var confirmation = PortalBrowser.Text(await browser.GetDocumentAsync(link.PathAndQuery));
        Assert.Contains("Vielen Dank: Ihre E-Mail-Adresse ist bestätigt.", confirmation);
    }

    [Fact]
    public async Task Registration_problems_are_german_beside_their_fields()
    {
        var browser = PortalBrowser.For(portal);
        browser.Client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("de"));

        var response = await RegistrationTests.RegisterAsync(browser, "", "alice@example.com", "kurz", "anders");

        var page = await PortalBrowser.ParseAsync(response);
        Assert.Equal("Geben Sie Ihren Namen ein.", page.QuerySelector("#register-name-error")?.TextContent.Trim());
        Assert.Equal("Verwenden Sie mindestens 8 Zeichen.", page.QuerySelector("#register-password-error")?.TextContent.Trim());
        Assert.Equal("Die beiden Passwörter stimmen nicht überein.", page.QuerySelector("#register-confirm-password-error")?.TextContent.Trim());
    }
}
