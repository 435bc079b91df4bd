using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SupportPortal.Helpdesk.Embedded.Data;
using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>Submitting a new ticket, creating the customer on their first one.</summary>
internal sealed partial class EmbeddedHelpdesk
{
    // A unique index refuses a second customer with the same address or a duplicate mask; trying again resolves both.
    private const int SubmitAttempts = 3;

    public async Task<SubmittedTicket> SubmitTicketAsync(NewTicket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        CustomerEmail.Require(ticket.Email);
        if (string.IsNullOrWhiteSpace(ticket.FullName) || string.IsNullOrWhiteSpace(ticket.Subject) || string.IsNullOrWhiteSpace(ticket.Message))
        {
            throw new HelpdeskException(HelpdeskError.MissingTicketInformation);
        }

        int statusId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await CheckSubmissionAsync(db, ticket, cancellationToken);
            statusId = await NewTicketStatusIdAsync(db, cancellationToken);
        }

        var attachments = await StoreUploadsAsync(ticket.Attachments, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var submitted = await InsertTicketAsync(ticket, statusId, attachments, cancellationToken);
                logger.LogInformation("Ticket {TicketId} ({Mask}) submitted to department {DepartmentId}", submitted.Id, submitted.Mask, ticket.DepartmentId);
                return submitted;
            }
            catch (DbUpdateException exception) when (attempt < SubmitAttempts)
            {
                logger.LogWarning(exception, "Submitting a ticket collided with a concurrent write (attempt {Attempt}); trying again", attempt);
            }
        }
    }

    private static async Task CheckSubmissionAsync(HelpdeskDbContext db, NewTicket ticket, CancellationToken cancellationToken)
    {
        if (!await db.Departments.AnyAsync(d => d.Id == ticket.DepartmentId && d.IsPublic, cancellationToken))
        {
            throw new HelpdeskException(HelpdeskError.InvalidDepartment);
        }

        if (!await db.Priorities.AnyAsync(p => p.Id == ticket.PriorityId && p.IsPublic, cancellationToken))
        {
            throw new HelpdeskException(HelpdeskError.InvalidPriority);
        }

        var groups = await LoadFieldGroupsAsync(db, g => g.DepartmentId == ticket.DepartmentId, cancellationToken);
        CustomFieldRules.CheckSubmission(groups, ticket.CustomFields);
    }

    /// <summary>The status marked as the default, else the first in display order.</summary>
    private static async Task<int> NewTicketStatusIdAsync(HelpdeskDbContext db, CancellationToken cancellationToken) =>
        await db.Statuses.AsNoTracking()
            .OrderByDescending(s => s.IsDefault).ThenBy(s => s.DisplayOrder).ThenBy(s => s.Id)
            .Select(s => (int?)s.Id)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new HelpdeskException(HelpdeskError.Misconfigured, "The helpdesk has no ticket statuses, so it cannot accept a ticket.");

    private async Task<SubmittedTicket> InsertTicketAsync(
        NewTicket ticket,
        int statusId,
        IReadOnlyList<StoredUpload> attachments,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = Now;
        var customer = await FindOrAddCustomerAsync(db, ticket, now, cancellationToken);
        var fullName = ticket.FullName.Trim();

        var post = new TicketPostRow
        {
            CreatedAt = now,
            UserId = customer.Id,
            FullName = fullName,
            Email = customer.Email,
            Contents = ticket.Message,
        };
        var row = new TicketRow
        {
            Mask = await NewUniqueMaskAsync(db, cancellationToken),
            CustomerId = customer.Id,
            DepartmentId = ticket.DepartmentId,
            StatusId = statusId,
            PriorityId = ticket.PriorityId,
            Subject = ticket.Subject.Trim(),
            StartedAt = now,
            LastActivityAt = now,
            LastReplier = fullName,
            Posts = [post],
            FieldValues = FieldValueRows(ticket.CustomFields),
        };
        foreach (var attachment in attachments.Select(a => a.ToRow()))
        {
            post.Attachments.Add(attachment);
            row.Attachments.Add(attachment);
        }

        db.Tickets.Add(row);
        await db.SaveChangesAsync(cancellationToken);

        // Counted in the database, inside the same transaction, so concurrent submissions cannot lose an increment.
        await db.Customers.Where(c => c.Id == customer.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.TicketCount, c => c.TicketCount + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SubmittedTicket(row.Id, row.Mask);
    }

    private static async Task<CustomerRow> FindOrAddCustomerAsync(HelpdeskDbContext db, NewTicket ticket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var email = CustomerEmail.Normalize(ticket.Email);
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Email == email, cancellationToken);
        if (customer is not null)
        {
            return customer;
        }

        customer = new CustomerRow { Email = email, FullName = ticket.FullName.Trim(), CreatedAt = now };
        db.Customers.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
        return customer;
    }

    private static async Task<string> NewUniqueMaskAsync(HelpdeskDbContext db, CancellationToken cancellationToken)
    {
        // 24³ × 10⁸ masks: a clash is rare, and the unique index catches the one a concurrent submit could slip past.
        while (true)
        {
            var mask = TicketMasks.Create();
            if (!await db.Tickets.AnyAsync(t => t.Mask == mask, cancellationToken))
            {
                return mask;
            }
        }
    }

    /// <summary>One row per value, multi-valued answers in the order given; a field answered twice keeps its last answer, as the check does.</summary>
    private static List<TicketFieldValueRow> FieldValueRows(IReadOnlyList<CustomFieldAnswer> answers) =>
        answers
            .GroupBy(a => a.FieldId)
            .Select(g => g.Last())
            .SelectMany(a => CustomFieldRules.Normalize(a.Values)
                .Select((value, position) => new TicketFieldValueRow { FieldId = a.FieldId, Position = position, Value = value }))
            .ToList();
}
