using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Helpdesk;
using SupportPortal.Web.Reliability.Outbox;
using SupportPortal.Web.Reliability.Outbox.Data;
using SupportPortal.Web.Tests.Tickets;

namespace SupportPortal.Web.Tests.Branding;

/// <summary>The outbox worker with several helpdesks: one brand's helpdesk being down does not hold back another's writes.</summary>
public sealed class BrandOutboxTests(BrandOutboxTests.OneAtATimeFactory portal) : IClassFixture<BrandOutboxTests.OneAtATimeFactory>
{
    [Fact]
    public async Task Writes_for_a_helpdesk_that_answers_are_delivered_in_the_same_pass_as_failures_of_a_brand_helpdesk_that_does_not()
    {
        var contoso = portal.Services.GetRequiredService<IHelpdesk>();
        var department = (await contoso.GetDepartmentsAsync()).First().Id;
        var priority = (await contoso.GetPrioritiesAsync()).First().Id;
        var subject = $"Behind a down brand {Guid.NewGuid():N}";
        portal.TailspinDown = true;
        try
        {
            // All due at once, Tailspin's first: the worker takes them as one batch, one at a time, in this order.
            var due = DateTimeOffset.UtcNow.AddMinutes(-1);
            await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<OutboxDbContext>>().CreateDbContextAsync())
            {
                for (var i = 0; i < 4; i++)
                {
                    db.Messages.Add(Submission(BrandHelpdesksFactory.TailspinHost, $"For Tailspin {i}", department, priority, due));
                }

                db.Messages.Add(Submission(HelpdeskDirectory.DefaultKey, subject, department, priority, due));
                await db.SaveChangesAsync();
            }

            // Before, three failures for Tailspin ended the batch and the worker backed off (an hour here) with
            // Contoso's ticket given back undelivered.
            Assert.True(
                await DeliveredWithinHalfAMinuteAsync(contoso, subject),
                "Contoso's queued ticket was not delivered while Tailspin's helpdesk was down.");
        }
        finally
        {
            portal.TailspinDown = false;
        }
    }

    private static OutboxMessage Submission(string helpdeskKey, string subject, int department, int priority, DateTimeOffset due) => new()
    {
        HelpdeskKey = helpdeskKey,
        IdempotencyKey = Guid.NewGuid().ToString("N"),
        Kind = OutboxKind.Submission,
        Email = SignedInPortalFactory.Alice,
        CustomerKey = SignedInPortalFactory.Alice,
        FullName = "Alice Customer",
        DepartmentId = department,
        PriorityId = priority,
        Subject = subject,
        Message = "Queued while a brand's helpdesk was down.",
        CreatedAt = due,
        NextAttemptAt = due,
    };

    private static async Task<bool> DeliveredWithinHalfAMinuteAsync(IHelpdesk helpdesk, string subject)
    {
        var giveUp = DateTimeOffset.UtcNow.AddSeconds(30);
        while (DateTimeOffset.UtcNow < giveUp)
        {
            var tickets = await helpdesk.GetSubmittedTicketsAsync(SignedInPortalFactory.Alice, TicketQuery.Default with { PageSize = 100 });
            if (tickets.Any(t => t.Subject == subject))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    /// <summary>Two helpdesks; the worker delivers one message at a time and, after failures, waits an hour.</summary>
    public sealed class OneAtATimeFactory : BrandHelpdesksFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:Outbox:Parallelism", "1");
            builder.UseSetting("Portal:Outbox:FirstRetryDelay", "01:00:00");
            builder.UseSetting("Portal:Outbox:MaxRetryDelay", "01:00:00");
        }
    }
}
