using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SupportPortal.Helpdesk.Embedded.Data;

namespace SupportPortal.Helpdesk.Embedded.Seeding;

/// <summary>
/// Fills an empty database with the demo helpdesk: departments with custom fields, priorities, statuses,
/// a knowledge base, and the customers alice@example.com and bob@example.com with their tickets.
/// The content is the same every time; dates are placed relative to the day of seeding so that
/// "last activity" looks recent.
/// </summary>
internal sealed class DemoDataSeeder(
    IDbContextFactory<HelpdeskDbContext> contexts,
    DemoTickets tickets,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await IsEmptyAsync(db, cancellationToken))
        {
            logger.LogInformation("The helpdesk database already holds data; demo data not seeded");
            return;
        }

        var today = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var reference = new DemoReferenceData();
        var fields = new DemoCustomFields(reference);
        db.Departments.AddRange(reference.Departments);
        db.Priorities.AddRange(reference.Priorities);
        db.Statuses.AddRange(reference.Statuses);
        await db.SaveChangesAsync(cancellationToken);
        await DemoKnowledgeBase.AddAsync(db, today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var ticketCount = await tickets.AddAsync(db, reference, fields, today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded the demo helpdesk: {DepartmentCount} departments, {TicketCount} tickets", reference.Departments.Count(), ticketCount);
    }

    private static async Task<bool> IsEmptyAsync(HelpdeskDbContext db, CancellationToken cancellationToken) =>
        !await db.Departments.AnyAsync(cancellationToken)
        && !await db.Priorities.AnyAsync(cancellationToken)
        && !await db.Statuses.AnyAsync(cancellationToken)
        && !await db.Customers.AnyAsync(cancellationToken)
        && !await db.KbCategories.AnyAsync(cancellationToken);
}
