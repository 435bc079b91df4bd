namespace SupportPortal.Helpdesk.ContractTests;

public abstract partial class HelpdeskContractTests<TFixture>
{
    [Fact]
    public async Task Attachments_of_a_submission_and_a_reply_download_byte_for_byte()
    {
        var email = FreshEmail();
        var uploads = new[]
        {
            (Name: "crash dump.bin", Type: "application/octet-stream", Bytes: RandomBytes(300 * 1024)),
            (Name: "notes.txt", Type: "text/plain", Bytes: "Seen on Tuesday.\nAgain on Wednesday.\n"u8.ToArray()),
            (Name: "screenshot.png", Type: "image/png", Bytes: RandomBytes(4096)),
        };

        var submitted = await SubmitGeneralAsync(email, attachments: [.. uploads[..2].Select(u => Upload(u.Name, u.Type, u.Bytes))]);
        await Helpdesk.PostTicketReplyAsync(email, submitted.Id, new NewReply("Here is a screenshot.")
        {
            Attachments = [Upload(uploads[2].Name, uploads[2].Type, uploads[2].Bytes)],
        });

        var ticket = await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id);
        Assert.Equal(2, ticket.Posts.Count);
        Assert.Equal([uploads[0].Name, uploads[1].Name], ticket.Posts[0].Attachments.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Equal([uploads[2].Name], ticket.Posts[1].Attachments.Select(a => a.Name));
        foreach (var attachment in ticket.Posts.SelectMany(p => p.Attachments))
        {
            var upload = uploads.Single(u => u.Name == attachment.Name);
            Assert.Equal((upload.Type, (long)upload.Bytes.Length), (attachment.ContentType, attachment.Size));

            var download = await DownloadAsync(email, submitted.Id, attachment.Id);

            Assert.Equal((upload.Name, upload.Type, (long)upload.Bytes.Length), (download.FileName, download.ContentType, download.Length));
            Assert.True(upload.Bytes.AsSpan().SequenceEqual(download.Bytes), $"\"{upload.Name}\" came back with different bytes.");
        }
    }

    [Fact]
    public async Task Bobs_demo_tickets_carry_attachments_that_download_at_their_size()
    {
        var attachments = new List<(int TicketId, TicketAttachment Attachment)>();
        foreach (var summary in await AllTicketsAsync(DemoData.Bob))
        {
            var ticket = await Helpdesk.GetSubmittedTicketAsync(DemoData.Bob, summary.Id);
            attachments.AddRange(ticket.Posts.SelectMany(p => p.Attachments).Select(a => (ticket.Id, a)));
        }

        Assert.NotEmpty(attachments);
        foreach (var (ticketId, attachment) in attachments)
        {
            var download = await DownloadAsync(DemoData.Bob, ticketId, attachment.Id);
            Assert.Equal((attachment.Name, attachment.ContentType, attachment.Size), (download.FileName, download.ContentType, download.Length));
            Assert.Equal(attachment.Size, download.Bytes.LongLength);
        }
    }

    [Fact]
    public async Task An_unknown_attachment_is_refused_with_minus_19()
    {
        var email = FreshEmail();
        var submitted = await SubmitGeneralAsync(email, attachments: [Upload("a.txt", "text/plain", "a"u8.ToArray())]);

        await Refused.WithAsync(HelpdeskError.AttachmentNotFound, () => Helpdesk.GetTicketAttachmentAsync(email, submitted.Id, UnknownId));
    }

    [Fact]
    public async Task An_attachment_of_another_ticket_of_the_same_customer_is_refused_with_minus_19()
    {
        var email = FreshEmail();
        var withAttachment = await SubmitGeneralAsync(email, attachments: [Upload("a.txt", "text/plain", "a"u8.ToArray())]);
        var without = await SubmitGeneralAsync(email);
        var attachmentId = (await Helpdesk.GetSubmittedTicketAsync(email, withAttachment.Id)).Posts[0].Attachments.Single().Id;

        await Refused.WithAsync(HelpdeskError.AttachmentNotFound, () => Helpdesk.GetTicketAttachmentAsync(email, without.Id, attachmentId));
    }

    [Fact]
    public async Task An_attachment_of_an_unknown_ticket_is_refused_with_minus_13()
    {
        var email = FreshEmail();
        var submitted = await SubmitGeneralAsync(email, attachments: [Upload("a.txt", "text/plain", "a"u8.ToArray())]);
        var attachmentId = (await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id)).Posts[0].Attachments.Single().Id;

        await Refused.WithAsync(HelpdeskError.TicketNotFound, () => Helpdesk.GetTicketAttachmentAsync(email, UnknownId, attachmentId));
    }
}
