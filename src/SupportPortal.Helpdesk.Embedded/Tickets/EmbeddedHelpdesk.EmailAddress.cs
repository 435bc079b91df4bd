using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>Moving a customer, with their ticket history, to a new e-mail address.</summary>
internal sealed partial class EmbeddedHelpdesk
{
    public async Task UpdateEmailAddressAsync(string oldEmail, string newEmail, CancellationToken cancellationToken = default)
    {
        CustomerEmail.Require(oldEmail);
        CustomerEmail.Require(newEmail);
        var from = CustomerEmail.Normalize(oldEmail);
        var to = CustomerEmail.Normalize(newEmail);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Email == from, cancellationToken)
            ?? throw new HelpdeskException(HelpdeskError.UserNotFound);
        if (from == to)
        {
            return;
        }

        if (await db.Customers.AnyAsync(c => c.Email == to, cancellationToken))
        {
            throw new HelpdeskException(HelpdeskError.EmailAlreadyInUse);
        }

        customer.Email = to;
        await db.SaveChangesAsync(cancellationToken);

        // The customer's own posts show the address they were written from; keep the thread consistent with the account.
        await db.TicketPosts
            .Where(p => p.UserId == customer.Id && p.StaffId == 0)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Email, to), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Customer {CustomerId} moved to a new e-mail address", customer.Id);
    }
}
