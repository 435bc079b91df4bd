using Refit;

namespace SupportPortal.Helpdesk.KayakoClassic.Api;

/// <summary>
/// Attachment contents, base64 in XML both ways. A client of its own, because moving a large file takes
/// longer than the other calls are allowed.
/// </summary>
internal interface IKayakoAttachmentsApi
{
    [Get("/?e=/Tickets/TicketAttachment/{ticketId}/{attachmentId}")]
    Task<HttpResponseMessage> DownloadAsync(int ticketId, int attachmentId, CancellationToken cancellationToken);

    /// <summary>ticketid, ticketpostid, filename and contents (base64).</summary>
    [Post("/?e=/Tickets/TicketAttachment")]
    Task<HttpResponseMessage> UploadAsync([Body] HttpContent form, CancellationToken cancellationToken);
}
