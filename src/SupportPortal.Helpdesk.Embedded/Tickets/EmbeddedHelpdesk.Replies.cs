using Microsoft.Extensions.Logging;
using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>A customer's reply to their own ticket.</summary>
internal sealed partial class EmbeddedHelpdesk
{
    public async Task PostTicketReplyAsync(string email, int ticketId, NewReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        CustomerEmail.Require(email);
        if (string.IsNullOrWhiteSpace(reply.Message))
        {
            throw new HelpdeskException(HelpdeskError.EmptyReply);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await RequireOwnedTicketAsync(db.Tickets, email, ticketId, cancellationToken);
        var attachments = await StoreUploadsAsync(reply.Attachments, cancellationToken);

        var customer = ticket.Customer!;
        var now = Now;
        var post = new TicketPostRow
        {
            TicketId = ticket.Id,
            CreatedAt = now,
            UserId = customer.Id,
            FullName = customer.FullName,
            Email = customer.Email,
            Contents = reply.Message,
        };
        foreach (var attachment in attachments.Select(a => a.ToRow()))
        {
            post.Attachments.Add(attachment);
            ticket.Attachments.Add(attachment);
        }

        ticket.Posts.Add(post);
        ticket.LastActivityAt = now;
        ticket.LastReplier = customer.FullName;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Reply {PostId} posted to ticket {TicketId} with {AttachmentCount} attachment(s)", post.Id, ticket.Id, attachments.Count);
    }
}
