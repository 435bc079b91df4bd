using Microsoft.EntityFrameworkCore;
using SupportPortal.Helpdesk.Embedded.Data;
using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>Finding customers by address and the tickets they own — the check every per-ticket call starts with.</summary>
internal sealed partial class EmbeddedHelpdesk
{
    /// <summary>The customer's id, or null for an address that has never submitted a ticket.</summary>
    private static Task<int?> FindCustomerIdAsync(HelpdeskDbContext db, string email, CancellationToken cancellationToken)
    {
        var normalized = CustomerEmail.Normalize(email);
        return db.Customers.AsNoTracking()
            .Where(c => c.Email == normalized)
            .Select(c => (int?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The ticket with its customer, if <paramref name="email"/> owns it: <see cref="HelpdeskError.InvalidEmail"/>,
    /// <see cref="HelpdeskError.TicketNotFound"/> and <see cref="HelpdeskError.TicketNotOwned"/> otherwise.
    /// </summary>
    private static async Task<TicketRow> RequireOwnedTicketAsync(
        IQueryable<TicketRow> tickets,
        string email,
        int ticketId,
        CancellationToken cancellationToken)
    {
        CustomerEmail.Require(email);
        var ticket = await tickets.Include(t => t.Customer).FirstOrDefaultAsync(t => t.Id == ticketId, cancellationToken)
            ?? throw new HelpdeskException(HelpdeskError.TicketNotFound);

        return ticket.Customer!.Email == CustomerEmail.Normalize(email)
            ? ticket
            : throw new HelpdeskException(HelpdeskError.TicketNotOwned);
    }
}
