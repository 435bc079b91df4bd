using Microsoft.Extensions.Logging;
using System.Net;
using SupportPortal.Helpdesk.KayakoClassic.Http;
using SupportPortal.Helpdesk.KayakoClassic.Tickets;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic;

/// <summary>A customer's reply (Tickets/TicketPost, then Tickets/TicketAttachment per file) and status or priority changes (PUT Tickets/Ticket).</summary>
internal sealed partial class KayakoClassicHelpdesk
{
    public async Task PostTicketReplyAsync(string email, int ticketId, NewReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        CustomerEmail.Require(email);
        if (string.IsNullOrWhiteSpace(reply.Message))
        {
            throw new HelpdeskException(HelpdeskError.EmptyReply);
        }

        var (ticket, customer) = await RequireOwnedTicketAsync(email, ticketId, cancellationToken);
        var form = new KayakoForm()
            .Add("ticketid", ticket.Id)
            .Add("contents", reply.Message)
            .Add("userid", customer.Id);
        int postId;
        using (var response = await KayakoReplies.SendAsync("Tickets/TicketPost", token => ticketsApi.CreatePostAsync(form, token), cancellationToken))
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                throw new HelpdeskException(HelpdeskError.TicketNotFound);
            }

            var root = await KayakoXml.ReadRootAsync(response, "Tickets/TicketPost", cancellationToken);
            var post = root.Name.LocalName == "post" ? root : root.Element("post");
            postId = post?.Int("id", "Tickets/TicketPost")
                ?? throw KayakoReplies.Unreadable("Tickets/TicketPost", "the reply names no new post.");
        }

        logger.LogInformation("Reply {PostId} posted to ticket {TicketId}", postId, ticket.Id);
        try
        {
            foreach (var attachment in reply.Attachments)
            {
                await UploadAttachmentAsync(ticket.Id, postId, attachment, cancellationToken);
            }
        }
        catch (HelpdeskException exception)
        {
            // The reply exists: a transient error here must not make the portal post it a second time.
            logger.LogError(exception, "Reply {PostId} to ticket {TicketId} was posted but its attachments could not be stored", postId, ticket.Id);
            throw new HelpdeskException(
                HelpdeskError.BadGateway,
                $"The reply was posted, but Kayako did not store all of its attachments: {exception.Message}",
                exception);
        }
    }

    public async Task UpdateTicketPropertiesAsync(string email, int ticketId, int? statusId, int? priorityId, CancellationToken cancellationToken = default)
    {
        CustomerEmail.Require(email);
        if (statusId is null && priorityId is null)
        {
            throw new HelpdeskException(HelpdeskError.NoPropertiesToUpdate);
        }

        if (statusId is { } status && (await referenceData.StatusesAsync(cancellationToken)).All(s => s.Id != status))
        {
            throw new HelpdeskException(HelpdeskError.StatusNotFound);
        }

        if (priorityId is { } priority && (await referenceData.PrioritiesAsync(cancellationToken)).All(p => p.Id != priority))
        {
            throw new HelpdeskException(HelpdeskError.PriorityNotFound);
        }

        var (ticket, _) = await RequireOwnedTicketAsync(email, ticketId, cancellationToken);
        var form = new KayakoForm();
        if (statusId is { } newStatus)
        {
            form.Add("ticketstatusid", newStatus);
        }

        if (priorityId is { } newPriority)
        {
            form.Add("ticketpriorityid", newPriority);
        }

        using var response = await KayakoReplies.SendAsync(KayakoTicket.Controller, token => ticketsApi.UpdateTicketAsync(ticket.Id, form, token), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            throw new HelpdeskException(HelpdeskError.TicketNotFound);
        }

        await response.EnsureSuccessAsync(KayakoTicket.Controller, cancellationToken);
    }
}
