using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>A customer changing their ticket's status (close, reopen) or priority.</summary>
internal sealed partial class EmbeddedHelpdesk
{
    public async Task UpdateTicketPropertiesAsync(string email, int ticketId, int? statusId, int? priorityId, CancellationToken cancellationToken = default)
    {
        CustomerEmail.Require(email);
        if (statusId is null && priorityId is null)
        {
            throw new HelpdeskException(HelpdeskError.NoPropertiesToUpdate);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await RequireOwnedTicketAsync(db.Tickets, email, ticketId, cancellationToken);
        if (statusId is { } status)
        {
            if (!await db.Statuses.AnyAsync(s => s.Id == status && s.IsPublic, cancellationToken))
            {
                throw new HelpdeskException(HelpdeskError.StatusNotFound);
            }

            ticket.StatusId = status;
        }

        if (priorityId is { } priority)
        {
            if (!await db.Priorities.AnyAsync(p => p.Id == priority && p.IsPublic, cancellationToken))
            {
                throw new HelpdeskException(HelpdeskError.PriorityNotFound);
            }

            ticket.PriorityId = priority;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Ticket {TicketId} now has status {StatusId} and priority {PriorityId}", ticket.Id, ticket.StatusId, ticket.PriorityId);
    }
}
