using System.Net.Http.Headers;

namespace SupportPortal.Web.Tests.Localization;

/// <summary>The new-ticket form asked for in German (Accept-Language: de) is German in its first, prerendered response.</summary>
public sealed class GermanTicketFormTests(UploadPortalFactory portal) : IClassFixture<UploadPortalFactory>
{
    [Fact]
    public async Task New_ticket_form_is_fully_german_with_accept_language_de()
    {
        using var customer = await CustomerClient.SignInAsync(portal, "alice@example.com");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tickets/new");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("de"));

        var response = await customer.Http.SendAsync(request);
        var text = GermanPagesTests.VisibleText(await response.Content.ReadAsStringAsync());

        GermanPagesTests.AssertGerman(text,
        [
            "Anfrage stellen", "Ihr Anliegen", "Abteilung (Pflichtfeld)", "Priorität (Pflichtfeld)", "Betreff (Pflichtfeld)",
            "Nachricht (Pflichtfeld)", "Anhänge", "Dateien anhängen", "Anfrage senden", "Wissensdatenbank", "Dunkelmodus",
        ]);
        GermanPagesTests.AssertNoEnglish(text,
        [
            "Submit a ticket", "Your request", "Department", "Priority", "Subject", "Message", "(required)", "Attachments",
            "Attach files", "Submit ticket", "Knowledge base", "Dark mode", "My tickets", "Tell us what you need", "Up to",
        ]);
    }
}
