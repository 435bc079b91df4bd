using Microsoft.EntityFrameworkCore;
using SupportPortal.Helpdesk.Embedded.Data;
using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Benchmarks;

/// <summary>The ticket list benchmark's data: reference rows and two customers whose tickets differ only in number.</summary>
internal static class TicketListData
{
    public const string SmallCustomer = "small@bench.example.com";
    public const string LargeCustomer = "large@bench.example.com";

    /// <summary>Inserts both customers with their tickets; returns a status id to filter by.</summary>
    public static async Task<int> InsertAsync(
        IDbContextFactory<HelpdeskDbContext> contexts,
        int smallCount,
        int largeCount)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var departments = Enumerable.Range(1, 3).Select(i => new DepartmentRow { Title = $"Department {i}", IsPublic = true, IsDefault = i == 1, DisplayOrder = i }).ToList();
        var statuses = Enumerable.Range(1, 3).Select(i => new StatusRow { Title = $"Status {i}", DisplayOrder = i, IsPublic = true, IsDefault = i == 1, ForeColor = "inherit", BackColor = "inherit" }).ToList();
        var priorities = Enumerable.Range(1, 3).Select(i => new PriorityRow { Title = $"Priority {i}", DisplayOrder = i, IsPublic = true, ForeColor = "inherit", BackColor = "inherit" }).ToList();
        var small = new CustomerRow { Email = SmallCustomer, FullName = "Small Customer", TicketCount = smallCount, CreatedAt = DateTimeOffset.UtcNow };
        var large = new CustomerRow { Email = LargeCustomer, FullName = "Large Customer", TicketCount = largeCount, CreatedAt = DateTimeOffset.UtcNow };
        db.AddRange(departments);
        db.AddRange(statuses);
        db.AddRange(priorities);
        db.AddRange(small, large);
        await db.SaveChangesAsync();

        var departmentIds = departments.Select(d => d.Id).ToArray();
        var statusIds = statuses.Select(s => s.Id).ToArray();
        var priorityIds = priorities.Select(p => p.Id).ToArray();
        await BulkInsert.RowsAsync(db, Tickets(small, smallCount, departmentIds, statusIds, priorityIds), CancellationToken.None);
        await BulkInsert.RowsAsync(db, Tickets(large, largeCount, departmentIds, statusIds, priorityIds), CancellationToken.None);
        return statusIds[1];
    }

    /// <summary>Tickets spread over the same spans of time, statuses, priorities and departments for both customers.</summary>
    private static IEnumerable<TicketRow> Tickets(CustomerRow customer, int count, int[] departmentIds, int[] statusIds, int[] priorityIds)
    {
        var random = new Random(customer.Id);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var started = now.AddMinutes(-random.Next(1, 60 * 24 * 365 * 3));
            yield return new TicketRow
            {
                Mask = $"B{customer.Id}-{i:D7}",
                CustomerId = customer.Id,
                DepartmentId = departmentIds[random.Next(departmentIds.Length)],
                StatusId = statusIds[random.Next(statusIds.Length)],
                PriorityId = priorityIds[random.Next(priorityIds.Length)],
                Subject = $"Benchmark ticket {i}",
                StartedAt = started,
                LastActivityAt = started.AddMinutes(random.Next(0, 60 * 24 * 30)),
                DueAt = i % 4 == 0 ? null : started.AddDays(3),
                LastReplier = i % 2 == 0 ? customer.FullName : "Sam Support",
            };
        }
    }
}
