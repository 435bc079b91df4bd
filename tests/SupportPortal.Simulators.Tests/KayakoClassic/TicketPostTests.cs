using System.Net;
using System.Security.Cryptography;
using System.Xml.Linq;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

public sealed class TicketPostTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private KayakoTestClient Client => fixture.Client;

    private async Task<XElement> NewTicketAsync() =>
        Assert.Single((await Client.PostAsync("/Tickets/Ticket", TicketTests.NewTicketForm($"p{Guid.NewGuid():N}@example.com"))).Xml().Elements("ticket"));

    [Fact]
    public async Task A_customer_reply_is_appended_and_becomes_the_last_reply()
    {
        var ticket = await NewTicketAsync();
        var id = ticket.Attribute("id")!.Value;

        var reply = Assert.Single((await Client.PostAsync("/Tickets/TicketPost", ("ticketid", id), ("contents", "Still smoking."), ("userid", ticket.Value("userid")))).Xml().Elements("post"));

        Assert.Equal("Still smoking.", reply.Value("contents"));
        Assert.Equal("2", reply.Value("creator"));
        var posts = (await Client.GetAsync("/Tickets/TicketPost/ListAll/" + id)).Xml().Elements("post").ToList();
        Assert.Equal(2, posts.Count);
        var updated = Assert.Single((await Client.GetAsync("/Tickets/Ticket/" + id)).Xml().Elements("ticket"));
        Assert.Equal("1", updated.Value("replies"));
        Assert.Equal("Casey Customer", updated.Value("lastreplier"));
    }

    [Fact]
    public async Task A_reply_carries_files_posted_as_filename_and_base64_filecontent()
    {
        var ticket = await NewTicketAsync();
        var bytes = RandomNumberGenerator.GetBytes(3000);

        var reply = Assert.Single((await Client.PostAsync(
            "/Tickets/TicketPost",
            ("ticketid", ticket.Attribute("id")!.Value), ("contents", "See attached."), ("userid", ticket.Value("userid")),
            ("filename", "trace.bin"), ("filecontent", Convert.ToBase64String(bytes)),
            ("filename1", "notes.txt"), ("filecontent1", Convert.ToBase64String("hello"u8.ToArray())))).Xml().Elements("post"));

        Assert.Equal("1", reply.Value("hasattachments"));
        var files = reply.Element("attachments")!.Elements("attachment").ToList();
        Assert.Equal(bytes, Convert.FromBase64String(files.Single(f => f.Value("filename") == "trace.bin").Value("contents")));
        Assert.Equal("text/plain", files.Single(f => f.Value("filename") == "notes.txt").Value("filetype"));
    }

    [Fact]
    public async Task The_server_does_not_check_that_the_replying_user_owns_the_ticket()
    {
        var ticket = await NewTicketAsync();

        var reply = await Client.PostAsync("/Tickets/TicketPost", ("ticketid", ticket.Attribute("id")!.Value), ("contents", "Not mine."), ("userid", "2"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Fact]
    public async Task A_reply_by_an_unknown_user_is_400()
    {
        var ticket = await NewTicketAsync();

        var response = await Client.PostAsync("/Tickets/TicketPost", ("ticketid", ticket.Attribute("id")!.Value), ("contents", "Hi"), ("userid", "98765"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("User ID is Invalid", response.Body);
    }

    [Fact]
    public async Task A_reply_without_contents_is_400()
    {
        var response = await Client.PostAsync("/Tickets/TicketPost", ("ticketid", "1"), ("userid", "1"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("No Contents Specified", response.Body);
    }

    [Fact]
    public async Task A_reply_to_an_unknown_ticket_is_404()
    {
        var response = await Client.PostAsync("/Tickets/TicketPost", ("ticketid", "987654"), ("contents", "Hi"), ("userid", "1"));

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
    }
}
