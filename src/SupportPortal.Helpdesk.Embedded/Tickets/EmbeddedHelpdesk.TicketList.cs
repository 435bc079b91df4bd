using Microsoft.EntityFrameworkCore;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>The customer's ticket count and paged ticket list.</summary>
internal sealed partial class EmbeddedHelpdesk
{
    public async Task<int> GetTotalSubmittedTicketsAsync(string email, CancellationToken cancellationToken = default)
    {
        CustomerEmail.Require(email);
        var normalized = CustomerEmail.Normalize(email);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // A maintained count: O(1) however many tickets the customer has. An unknown address simply has none.
        return await db.Customers.AsNoTracking()
            .Where(c => c.Email == normalized)
            .Select(c => c.TicketCount)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TicketSummary>> GetSubmittedTicketsAsync(string email, TicketQuery query, CancellationToken cancellationToken = default)
    {
        CustomerEmail.Require(email);
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();

        var offset = (long)(query.Page - 1) * query.PageSize;
        if (offset > int.MaxValue)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customerId = await FindCustomerIdAsync(db, email, cancellationToken);
        if (customerId is not { } owner)
        {
            return [];
        }

        return await db.Tickets.AsNoTracking()
            .Where(t => t.CustomerId == owner)
            .Filter(query)
            .Sort(query.SortBy, query.Ascending)
            .Skip((int)offset)
            .Take(query.PageSize)
            .Select(t => new TicketSummary(
                t.Id,
                t.Mask,
                t.StartedAt,
                t.LastActivityAt,
                t.DueAt,
                t.LastReplier,
                t.StatusId,
                t.PriorityId,
                t.DepartmentId,
                t.Subject))
            .ToListAsync(cancellationToken);
    }
}
