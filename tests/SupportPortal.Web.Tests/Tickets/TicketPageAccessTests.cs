using System.Net;
using System.Text.RegularExpressions;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests.Tickets;

/// <summary>Who may open the ticket list and ticket pages, and what the first response holds.</summary>
[Collection(SignedInPortalCollection.Name)]
public sealed partial class TicketPageAccessTests(SignedInPortalFactory portal)
{
    [Theory]
    [InlineData("/tickets")]
    [InlineData("/tickets?page=2&sort=priorityid")]
    [InlineData("/tickets/1")]
    [InlineData("/tickets/1/attachments/1")]
    public async Task Anonymous_visitor_is_sent_to_sign_in_and_back(string path)
    {
        var response = await portal.ClientFor(null).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("http://localhost/account/login?ReturnUrl=", location);
        Assert.EndsWith(Uri.EscapeDataString(path), location);
    }

    [Fact]
    public async Task My_tickets_lists_alices_newest_tickets_in_the_first_response_with_page_links()
    {
        var newest = (await portal.AllOfAsync(SignedInPortalFactory.Alice)).Take(10).ToList();

        var html = await portal.ClientFor(SignedInPortalFactory.Alice).GetStringAsync("/tickets");

        Assert.All(newest, ticket => Assert.Contains($"href=\"/tickets/{ticket.Id}\"", html));
        Assert.Equal(10, TicketLinks().Matches(html).Count);
        Assert.Contains("aria-label=\"Next page\"", html);
        Assert.Contains("aria-label=\"Page 3\"", html);
        // The count comes from a resource, and Blazor writes its dash as a character reference.
        Assert.Contains("Showing 1–10 of 25 tickets", WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task My_tickets_shows_only_the_signed_in_customers_tickets()
    {
        var bobs = await portal.AllOfAsync(SignedInPortalFactory.Bob);
        var alices = await portal.AllOfAsync(SignedInPortalFactory.Alice);

        var html = await portal.ClientFor(SignedInPortalFactory.Bob).GetStringAsync("/tickets?size=50");

        Assert.All(bobs, ticket => Assert.Contains($"href=\"/tickets/{ticket.Id}\"", html));
        Assert.All(alices, ticket => Assert.DoesNotContain($"href=\"/tickets/{ticket.Id}\"", html));
    }

    [Fact]
    public async Task A_shared_link_with_page_sort_and_filter_opens_that_view()
    {
        var helpdesk = portal.Helpdesk();
        var closed = (await helpdesk.GetStatusesAsync()).Single(s => s.Title == "Closed");
        var expected = await helpdesk.GetSubmittedTicketsAsync(SignedInPortalFactory.Alice, TicketQuery.Default with
        {
            StatusId = closed.Id,
            SortBy = TicketSortField.Priority,
            Ascending = true,
        });

        var html = await portal.ClientFor(SignedInPortalFactory.Alice).GetStringAsync($"/tickets?status={closed.Id}&sort=priorityid");

        Assert.Equal(expected.Select(t => $"/tickets/{t.Id}"), TicketLinks().Matches(html).Select(m => m.Groups["href"].Value));
        Assert.Contains("aria-sort=\"ascending\"", html);
    }

    [Fact]
    public async Task Alice_opens_her_ticket_with_its_thread()
    {
        var (ticket, attachment) = await portal.TicketWithAttachmentAsync(SignedInPortalFactory.Alice);

        var response = await portal.ClientFor(SignedInPortalFactory.Alice).GetAsync($"/tickets/{ticket.Id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(ticket.Subject), html);
        Assert.Contains(ticket.Mask, html);
        Assert.Contains($"href=\"/tickets/{ticket.Id}/attachments/{attachment.Id}\"", html);
        Assert.Contains("Support team", html);
    }

    [Fact]
    public async Task Bob_gets_the_same_404_for_alices_ticket_as_for_a_ticket_that_does_not_exist()
    {
        var alices = (await portal.AllOfAsync(SignedInPortalFactory.Alice))[0];
        var bob = portal.ClientFor(SignedInPortalFactory.Bob);

        var foreign = await bob.GetAsync($"/tickets/{alices.Id}");
        var missing = await bob.GetAsync($"/tickets/{await portal.MissingTicketIdAsync()}");
        var foreignHtml = await foreign.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.DoesNotContain(WebUtility.HtmlEncode(alices.Subject), foreignHtml);
        Assert.DoesNotContain(alices.Mask, foreignHtml);
        Assert.Equal(Heading(await missing.Content.ReadAsStringAsync()), Heading(foreignHtml));
    }

    [Fact]
    public async Task Custom_field_answers_are_shown_but_a_password_answer_never_reaches_the_browser()
    {
        var helpdesk = portal.Helpdesk();
        Ticket? withPin = null;
        foreach (var summary in await portal.AllOfAsync(SignedInPortalFactory.Alice))
        {
            var ticket = await helpdesk.GetSubmittedTicketAsync(SignedInPortalFactory.Alice, summary.Id);
            if (ticket.CustomFields.SelectMany(g => g.Fields).Any(f => f.Type == CustomFieldType.Password && f.Values.Any(v => v.Length > 0)))
            {
                withPin = ticket;
                break;
            }
        }

        Assert.NotNull(withPin);
        var fields = withPin.CustomFields.SelectMany(g => g.Fields).ToList();
        var pin = fields.Single(f => f.Type == CustomFieldType.Password).Values.Single();
        var version = fields.Single(f => f.Name == "Product version").Values.Single();

        var html = await portal.ClientFor(SignedInPortalFactory.Alice).GetStringAsync($"/tickets/{withPin.Id}");

        Assert.Matches("<dt[^>]*>Product version</dt>\\s*<dd[^>]*>" + Regex.Escape(version) + "</dd>", html);
        Assert.Matches("(?s)<dt[^>]*>Account PIN</dt>\\s*<dd[^>]*>(?:(?!</dd>).)*\\(hidden\\)", html);
        Assert.DoesNotContain($">{pin}<", html);
    }

    [Fact]
    public async Task Bob_gets_the_same_404_for_alices_ticket_with_custom_fields_and_sees_none_of_her_answers()
    {
        var helpdesk = portal.Helpdesk();
        Ticket? withFields = null;
        foreach (var summary in await portal.AllOfAsync(SignedInPortalFactory.Alice))
        {
            var ticket = await helpdesk.GetSubmittedTicketAsync(SignedInPortalFactory.Alice, summary.Id);
            if (ticket.CustomFields.SelectMany(g => g.Fields).Any(f => f.Name == "Product version" && f.Values.Any(v => v.Length > 0)))
            {
                withFields = ticket;
                break;
            }
        }

        Assert.NotNull(withFields);
        var version = withFields.CustomFields.SelectMany(g => g.Fields).Single(f => f.Name == "Product version").Values.Single();
        var bob = portal.ClientFor(SignedInPortalFactory.Bob);

        var foreign = await bob.GetAsync($"/tickets/{withFields.Id}");
        var missing = await bob.GetAsync($"/tickets/{await portal.MissingTicketIdAsync()}");
        var foreignHtml = await foreign.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.DoesNotContain("Product version", foreignHtml);
        Assert.DoesNotContain(WebUtility.HtmlEncode(version), foreignHtml);
        Assert.Equal(Heading(await missing.Content.ReadAsStringAsync()), Heading(foreignHtml));
    }

    private static string Heading(string html) => H1().Match(html).Groups["text"].Value.Trim();

    [GeneratedRegex("<a class=\"ticket-subject\"[^>]*href=\"(?<href>/tickets/\\d+)\"|href=\"(?<href>/tickets/\\d+)\"[^>]*class=\"ticket-subject\"")]
    private static partial Regex TicketLinks();

    [GeneratedRegex("<h1[^>]*>(?<text>.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1();
}
