using System.Net;
using SupportPortal.Helpdesk.KayakoClassic.Http;
using SupportPortal.Helpdesk.KayakoClassic.Tickets;

namespace SupportPortal.Helpdesk.KayakoClassic;

/// <summary>getTicketAttachment: the file from Tickets/TicketAttachment, after the ownership check the seed's signature lacks.</summary>
internal sealed partial class KayakoClassicHelpdesk
{
    public async Task<AttachmentContent> GetTicketAttachmentAsync(string email, int ticketId, int attachmentId, CancellationToken cancellationToken = default)
    {
        var (ticket, _) = await RequireOwnedTicketAsync(email, ticketId, cancellationToken);
        if (attachmentId <= 0)
        {
            throw new HelpdeskException(HelpdeskError.AttachmentNotFound);
        }

        // The post decides: an attachment of a staff-only post is not the customer's to download.
        var attachment = (await ListAttachmentsAsync(ticket.Id, cancellationToken)).FirstOrDefault(a => a.Id == attachmentId);
        if (attachment is null || ticket.Posts.Any(p => p.Id == attachment.PostId && p.IsPrivate))
        {
            throw new HelpdeskException(HelpdeskError.AttachmentNotFound);
        }

        using var response = await KayakoReplies.SendAsync(
            KayakoAttachmentInfo.Controller,
            token => attachmentsApi.DownloadAsync(ticket.Id, attachmentId, token),
            cancellationToken);

        // 404: no such attachment; 400: it belongs to another ticket.
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            throw new HelpdeskException(HelpdeskError.AttachmentNotFound);
        }

        var content = await AttachmentDownload.ReadAsync(response, cancellationToken);
        return content.FileName.Length > 0 ? content : content with { FileName = attachment.FileName };
    }
}
