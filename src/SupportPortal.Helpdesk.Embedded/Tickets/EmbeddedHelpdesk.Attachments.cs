using Microsoft.EntityFrameworkCore;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>Downloading an attachment of the customer's own ticket, streamed from the file store.</summary>
internal sealed partial class EmbeddedHelpdesk
{
    public async Task<AttachmentContent> GetTicketAttachmentAsync(string email, int ticketId, int attachmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RequireOwnedTicketAsync(db.Tickets.AsNoTracking(), email, ticketId, cancellationToken);

        // Matching on the ticket too: an attachment id from someone else's ticket is simply not found here.
        var attachment = await db.TicketAttachments.AsNoTracking()
                .FirstOrDefaultAsync(a => a.Id == attachmentId && a.TicketId == ticketId, cancellationToken)
            ?? throw new HelpdeskException(HelpdeskError.AttachmentNotFound);

        var content = files.OpenRead(attachment.ContentSha256)
            ?? throw new HelpdeskException(HelpdeskError.AttachmentNotFound, "The attachment's content is missing from the file store.");
        return new AttachmentContent(attachment.FileName, attachment.ContentType, attachment.Size, content);
    }
}
