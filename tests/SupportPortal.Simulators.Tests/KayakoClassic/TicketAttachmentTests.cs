using System.Net;
using System.Security.Cryptography;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

public sealed class TicketAttachmentTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private KayakoTestClient Client => fixture.Client;

    private async Task<(string TicketId, string PostId)> NewTicketAsync()
    {
        var ticket = Assert.Single((await Client.PostAsync("/Tickets/Ticket", TicketTests.NewTicketForm($"a{Guid.NewGuid():N}@example.com"))).Xml().Elements("ticket"));
        return (ticket.Attribute("id")!.Value, ticket.Element("posts")!.Element("post")!.Value("id"));
    }

    [Fact]
    public async Task A_posted_file_round_trips_as_base64()
    {
        var (ticketId, postId) = await NewTicketAsync();
        var bytes = RandomNumberGenerator.GetBytes(70_000);

        var created = Assert.Single((await Client.PostAsync(
            "/Tickets/TicketAttachment", ("ticketid", ticketId), ("ticketpostid", postId), ("filename", "photo.png"), ("contents", Convert.ToBase64String(bytes))))
            .Xml().Elements("attachment"));
        Assert.Null(created.Element("contents"));

        var downloaded = Assert.Single((await Client.GetAsync($"/Tickets/TicketAttachment/{ticketId}/{created.Value("id")}")).Xml().Elements("attachment"));

        Assert.Equal(bytes, Convert.FromBase64String(downloaded.Value("contents")));
        Assert.Equal("photo.png", downloaded.Value("filename"));
        Assert.Equal("image/png", downloaded.Value("filetype"));
        Assert.Equal(bytes.Length, downloaded.Int("filesize"));
        Assert.Equal(postId, downloaded.Value("ticketpostid"));
        Assert.Equal(["id", "ticketid", "ticketpostid", "filename", "filesize", "filetype", "dateline", "contents"], downloaded.ChildNames());
    }

    [Fact]
    public async Task ListAll_lists_a_tickets_files_without_their_contents()
    {
        var attachments = (await Client.GetAsync("/Tickets/TicketAttachment/ListAll/1")).Xml().Elements("attachment").ToList();

        var log = Assert.Single(attachments);
        Assert.Equal("error-log.txt", log.Value("filename"));
        Assert.Null(log.Element("contents"));
    }

    [Fact]
    public async Task An_attachment_asked_for_under_another_ticket_is_400()
    {
        var attachmentId = Assert.Single((await Client.GetAsync("/Tickets/TicketAttachment/ListAll/1")).Xml().Elements("attachment")).Value("id");

        var response = await Client.GetAsync($"/Tickets/TicketAttachment/2/{attachmentId}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Attachment does not belong to the specified ticket", response.Body);
    }

    [Fact]
    public async Task An_unknown_attachment_is_404()
    {
        var response = await Client.GetAsync("/Tickets/TicketAttachment/1/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("Attachment not Found", response.Body);
    }

    [Fact]
    public async Task Attaching_to_a_post_of_another_ticket_is_404()
    {
        var (ticketId, _) = await NewTicketAsync();

        var response = await Client.PostAsync("/Tickets/TicketAttachment", ("ticketid", ticketId), ("ticketpostid", "1"), ("filename", "x.txt"), ("contents", "eA=="));

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("Ticket Post not found", response.Body);
    }
}
