using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests.Tickets;

/// <summary>GET /tickets/{ticketId}/attachments/{attachmentId}: headers, bytes, ranges and ownership.</summary>
[Collection(SignedInPortalCollection.Name)]
public sealed partial class AttachmentDownloadTests(SignedInPortalFactory portal)
{
    private const string HostileName = "..\\..\\etc/evil\"name\r\nX-Injected: yes; .html";

    [Fact]
    public async Task Alice_downloads_her_attachment_byte_for_byte_as_a_download_that_is_never_sniffed()
    {
        var (ticket, attachment) = await portal.TicketWithAttachmentAsync(SignedInPortalFactory.Alice);
        var expected = await portal.BytesAsync(SignedInPortalFactory.Alice, ticket.Id, attachment.Id);

        var response = await portal.ClientFor(SignedInPortalFactory.Alice).GetAsync($"/tickets/{ticket.Id}/attachments/{attachment.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(expected.Length, response.Content.Headers.ContentLength);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(attachment.Name, disposition.FileNameStar);
        Assert.Equal(attachment.ContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task A_range_request_gets_206_with_just_those_bytes()
    {
        var (ticket, attachment) = await portal.TicketWithAttachmentAsync(SignedInPortalFactory.Alice);
        var expected = await portal.BytesAsync(SignedInPortalFactory.Alice, ticket.Id, attachment.Id);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/tickets/{ticket.Id}/attachments/{attachment.Id}");
        request.Headers.Range = new RangeHeaderValue(5, 14);

        var response = await portal.ClientFor(SignedInPortalFactory.Alice).SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(expected[5..15], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(10, response.Content.Headers.ContentLength);
        Assert.Equal($"bytes 5-14/{expected.Length}", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));
    }

    [Fact]
    public async Task A_hostile_file_name_and_an_html_type_are_neutralised()
    {
        var (ticketId, attachmentId) = await SubmitWithAttachmentAsync(HostileName, "text/html", "<script>alert(1)</script>");

        var response = await portal.ClientFor(SignedInPortalFactory.Alice).GetAsync($"/tickets/{ticketId}/attachments/{attachmentId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Injected"));
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.MediaType);
        var raw = Assert.Single(response.Content.Headers.GetValues("Content-Disposition"));
        Assert.StartsWith("attachment;", raw);
        Assert.DoesNotContain('\r', raw);
        Assert.DoesNotContain('\n', raw);
        Assert.DoesNotContain("\\", raw);
        Assert.DoesNotContain("/", raw);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("evil'nameX-Injected: yes; .html", disposition.FileNameStar);
        Assert.Equal("evil'nameX-Injected: yes_ .html", disposition.FileName);
    }

    [Fact]
    public async Task A_non_ascii_name_keeps_its_letters_in_filename_star_and_falls_back_to_ascii()
    {
        var (ticketId, attachmentId) = await SubmitWithAttachmentAsync("Überweisung März €.txt", "text/plain; charset=utf-8", "Betrag: 10 €");

        var response = await portal.ClientFor(SignedInPortalFactory.Alice).GetAsync($"/tickets/{ticketId}/attachments/{attachmentId}");

        var raw = Assert.Single(response.Content.Headers.GetValues("Content-Disposition"));
        Assert.Equal("attachment; filename=\"_berweisung M_rz _.txt\"; filename*=UTF-8''%C3%9Cberweisung%20M%C3%A4rz%20%E2%82%AC.txt", raw);
        Assert.Equal("Überweisung März €.txt", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Bob_cannot_download_alices_attachment_and_gets_the_same_404_as_for_one_that_does_not_exist()
    {
        var (ticket, attachment) = await portal.TicketWithAttachmentAsync(SignedInPortalFactory.Alice);
        var (bobsTicket, _) = await portal.TicketWithAttachmentAsync(SignedInPortalFactory.Bob);
        var bob = portal.ClientFor(SignedInPortalFactory.Bob);

        var foreign = await bob.GetAsync($"/tickets/{ticket.Id}/attachments/{attachment.Id}");
        var foreignAttachmentOnOwnTicket = await bob.GetAsync($"/tickets/{bobsTicket.Id}/attachments/{attachment.Id}");
        var missingTicket = await bob.GetAsync($"/tickets/{await portal.MissingTicketIdAsync()}/attachments/{attachment.Id}");
        var missingAttachment = await bob.GetAsync($"/tickets/{bobsTicket.Id}/attachments/999999");

        HttpResponseMessage[] all = [foreign, foreignAttachmentOnOwnTicket, missingTicket, missingAttachment];
        Assert.All(all, response => Assert.Equal(HttpStatusCode.NotFound, response.StatusCode));
        var bodies = (await Task.WhenAll(all.Select(r => r.Content.ReadAsStringAsync()))).Select(WithoutNonce).ToList();
        Assert.All(bodies, body => Assert.Equal(bodies[0], body));
        Assert.All(all, response => Assert.Null(response.Content.Headers.ContentDisposition));
        Assert.DoesNotContain(attachment.Name, bodies[0]);
    }

    /// <summary>
    /// Every response carries a fresh CSP nonce, freshly protected component markers and antiforgery tokens; the rest
    /// of a 404 page must be the same.
    /// </summary>
    private static string WithoutNonce(string html) => PerResponse().Replace(html, "");

    [GeneratedRegex("nonce=\"[^\"]*\"|<!--Blazor:.*?-->|value=\"CfDJ8[^\"]*\"", RegexOptions.Singleline)]
    private static partial Regex PerResponse();

    private async Task<(int TicketId, int AttachmentId)> SubmitWithAttachmentAsync(string fileName, string contentType, string content)
    {
        var helpdesk = portal.Helpdesk();
        var department = (await helpdesk.GetDepartmentsAsync()).Single(d => d.Title == "General Support");
        var priority = (await helpdesk.GetPrioritiesAsync()).First();
        var bytes = Encoding.UTF8.GetBytes(content);
        var submitted = await helpdesk.SubmitTicketAsync(new NewTicket(SignedInPortalFactory.Alice, "Alice Customer", department.Id, priority.Id, "A file with an odd name", "See the attachment.")
        {
            Attachments = [new AttachmentUpload(fileName, contentType, bytes.Length, _ => Task.FromResult<Stream>(new MemoryStream(bytes)))],
        });
        var ticket = await helpdesk.GetSubmittedTicketAsync(SignedInPortalFactory.Alice, submitted.Id);
        return (ticket.Id, ticket.Posts.SelectMany(p => p.Attachments).Single().Id);
    }
}
