using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Reliability.Outbox;

/// <summary>
/// Looks in the helpdesk for a write an earlier attempt may have delivered before it failed (a timeout after the
/// helpdesk had written it): the customer's newest tickets, or the ticket's thread, carrying the message's marker.
/// </summary>
internal sealed class EarlierDelivery(IHelpdesk helpdesk)
{
    private const int PageSize = 50;

    // A customer with more new tickets than this since the write was queued is not a customer.
    private const int MaxTicketsExamined = 500;

    /// <summary>The ticket that carries the submission's marker, or null when the helpdesk has none.</summary>
    public async Task<SubmittedTicket?> FindSubmissionAsync(OutboxMessage message, TimeSpan clockSkew, CancellationToken cancellationToken)
    {
        var subject = message.Subject.Trim();
        var query = new TicketQuery { PageSize = PageSize, MinStartDate = message.CreatedAt - clockSkew };
        for (var page = 1; (page - 1) * PageSize < MaxTicketsExamined; page++)
        {
            var tickets = await helpdesk.GetSubmittedTicketsAsync(message.Email, query with { Page = page }, cancellationToken);

            // Only a ticket with the same subject can be this submission; its first post must carry the marker.
            foreach (var summary in tickets.Where(t => string.Equals(t.Subject.Trim(), subject, StringComparison.Ordinal)))
            {
                var ticket = await helpdesk.GetSubmittedTicketAsync(message.Email, summary.Id, cancellationToken);
                var first = ticket.Posts.FirstOrDefault(p => !p.IsFromStaff);
                if (first is not null && DeliveryMarker.IsIn(first.Contents, message.IdempotencyKey))
                {
                    return new SubmittedTicket(ticket.Id, ticket.Mask);
                }
            }

            if (tickets.Count < PageSize)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>True when the ticket's thread already has the customer's post carrying the reply's marker.</summary>
    public async Task<bool> HasReplyAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var ticket = await helpdesk.GetSubmittedTicketAsync(message.Email, message.TicketId!.Value, cancellationToken);
        return ticket.Posts.Any(p => !p.IsFromStaff && DeliveryMarker.IsIn(p.Contents, message.IdempotencyKey));
    }
}
