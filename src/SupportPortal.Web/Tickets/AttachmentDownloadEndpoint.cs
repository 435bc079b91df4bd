using Microsoft.AspNetCore.Components.Authorization;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tickets;

/// <summary>
/// GET /tickets/{ticketId}/attachments/{attachmentId}: an attachment of the customer's own ticket, streamed from the
/// helpdesk over plain HTTP (not the circuit), so a large file costs no memory and can be resumed with ranges.
/// Someone else's ticket, a missing ticket and a missing attachment all get the same 404.
/// </summary>
public static class AttachmentDownloadEndpoint
{
    public const string Pattern = "/tickets/{ticketId:int}/attachments/{attachmentId:int}";

    public static string PathFor(int ticketId, int attachmentId) => $"/tickets/{ticketId}/attachments/{attachmentId}";

    public static IEndpointRouteBuilder MapTicketDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Pattern, DownloadAsync)
            .RequireAuthorization()
            .WithName("TicketAttachmentDownload");
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(
        int ticketId,
        int attachmentId,
        HttpContext http,
        AuthenticationStateProvider authenticationState,
        TicketService tickets,
        ILoggerFactory loggers)
    {
        // Blazor's endpoints hand the request's user to the scoped authentication state; a plain endpoint does it
        // itself, so CurrentCustomer answers here exactly as on the pages.
        if (authenticationState is IHostEnvironmentAuthenticationStateProvider host)
        {
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(http.User)));
        }

        AttachmentContent? attachment;
        try
        {
            attachment = await tickets.OpenAttachmentAsync(ticketId, attachmentId, http.RequestAborted);
        }
        catch (HelpdeskException exception)
        {
            loggers.CreateLogger(typeof(AttachmentDownloadEndpoint)).LogWarning(exception, "Attachment {AttachmentId} of ticket {TicketId} could not be fetched: {Error}", attachmentId, ticketId, exception.Error);
            if (exception.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Results.Text(HelpdeskErrorText.ForCustomer(exception.Error), "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (attachment is null)
        {
            return Results.NotFound();
        }

        var headers = http.Response.Headers;
        headers.ContentDisposition = DownloadFileName.ContentDisposition(attachment.FileName);
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, no-store";

        var content = attachment.Content;
        if (!content.CanSeek && attachment.Length >= 0)
        {
            // A seekable stream gives its own length; otherwise the helpdesk's size is the Content-Length (seed 002 says so).
            http.Response.ContentLength = attachment.Length;
        }

        // Results.Stream disposes the content once it is sent; ranges need a stream that can seek.
        return Results.Stream(content, DownloadContentType.For(attachment.ContentType), enableRangeProcessing: content.CanSeek);
    }
}
