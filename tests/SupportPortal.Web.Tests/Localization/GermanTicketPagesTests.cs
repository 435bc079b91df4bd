using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using SupportPortal.Web.Tests.Tickets;

namespace SupportPortal.Web.Tests.Localization;

/// <summary>
/// "My tickets" and a ticket asked for in German (Accept-Language: de) are German in their first, prerendered response:
/// headings, filters, column headers, pager, thread, reply form, dates. Subjects, posts, statuses and priorities are the
/// helpdesk's content, in whatever language they were written.
/// </summary>
[Collection(SignedInPortalCollection.Name)]
public sealed class GermanTicketPagesTests(SignedInPortalFactory portal)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    [Fact]
    public async Task My_tickets_is_fully_german_with_german_dates()
    {
        var newest = (await portal.AllOfAsync(SignedInPortalFactory.Alice))[0];

        var text = await GermanTextAsync("/tickets");

        GermanPagesTests.AssertGerman(text,
        [
            "Meine Anfragen", "Anfrage stellen", "Filter", "Anfragen filtern", "Abteilung", "Priorität", "Erstellt ab", "Erstellt bis",
            "Letzte Aktivität ab", "Letzte Aktivität bis", "Datum und Uhrzeit sind in UTC angegeben.", "Anfragen 1–10 von 25",
            "Ihre Anfragen, absteigend sortiert nach letzter Aktivität", "Letzte Antwort von", "(absteigend sortiert)", "Erstellt",
            "Seiten der Anfragenliste", "Zurück", "Weiter", "Nächste Seite", "Seite 3", "Anfragen pro Seite",
        ]);
        GermanPagesTests.AssertNoEnglish(text,
        [
            "My tickets", "Submit a ticket", "Filter tickets", "Department", "Priority", "Created", "Last activity", "Dates are in UTC",
            "Showing", "Your tickets", "sorted", "Last replier", "Ticket pages", "Previous", "Next", "Page 3", "Tickets per page",
        ]);

        // "2. März 2026, 14:05 UTC": German order, punctuation and month names.
        Assert.Contains(newest.LastActivity.UtcDateTime.ToString("d. MMM yyyy, HH:mm", German) + " UTC", text);
        Assert.Contains(newest.StartDate.UtcDateTime.ToString("d. MMM yyyy", German), text);
    }

    [Fact]
    public async Task A_ticket_with_its_thread_and_reply_form_is_fully_german_with_german_dates()
    {
        var (ticket, attachment) = await portal.TicketWithAttachmentAsync(SignedInPortalFactory.Alice);

        var text = await GermanTextAsync($"/tickets/{ticket.Id}", ".ticket-post-body, .ticket-field-list");

        GermanPagesTests.AssertGerman(text,
        [
            "Navigationspfad", "Meine Anfragen", "Anfrage", "Status", "Priorität", "Abteilung", "Erstellt", "Letzte Aktivität",
            "Diese Anfrage verwalten", "Priorität ändern", "Verlauf", "Support-Team", "Kunde", "Anhänge des Beitrags von",
            "Antworten", "Ihre Antwort", "Ihre Antwort wird dem Verlauf hinzugefügt, und unser Team wird benachrichtigt.",
            "Antwort senden", "Dateien anhängen",
        ]);
        GermanPagesTests.AssertNoEnglish(text,
        [
            "Breadcrumb", "My tickets", "Priority", "Department", "Created", "Last activity", "Manage this ticket", "Change priority",
            "Conversation", "Support team", "Attachments of", "Reply", "Your reply", "Send reply", "Attach files",
        ]);
        Assert.Contains(ticket.StartDate.UtcDateTime.ToString("d. MMM yyyy, HH:mm", German) + " UTC", text);
        Assert.Contains(ticket.Posts[0].Date.UtcDateTime.ToString("d. MMM yyyy, HH:mm", German) + " UTC", text);
        Assert.Contains(attachment.Name, text);
    }

    private async Task<string> GermanTextAsync(string path, string? content = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("de"));
        var response = await portal.ClientFor(SignedInPortalFactory.Alice).SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return GermanPagesTests.VisibleText(await response.Content.ReadAsStringAsync(), content);
    }
}
