using SupportPortal.Helpdesk.Embedded.Data;
using SupportPortal.Helpdesk.Embedded.Entities;
using SupportPortal.Helpdesk.Embedded.Storage;

namespace SupportPortal.Helpdesk.Embedded.Seeding;

/// <summary>
/// The demo customers and their tickets, built from <see cref="DemoTicketScripts"/>: alice@example.com
/// ("Alice Customer", exactly 25 tickets, so paging shows) and bob@example.com ("Bob Customer").
/// A fixed random seed makes masks and times the same on every run, relative to the day of seeding.
/// </summary>
internal sealed class DemoTickets(ContentAddressedFileStore files)
{
    private const int RandomSeed = 20240917;

    public async Task<int> AddAsync(
        HelpdeskDbContext db,
        DemoReferenceData reference,
        DemoCustomFields fields,
        DateTimeOffset today,
        CancellationToken cancellationToken)
    {
        var alice = new CustomerRow { Email = "alice@example.com", FullName = "Alice Customer", CreatedAt = today.AddDays(-200) };
        var bob = new CustomerRow { Email = "bob@example.com", FullName = "Bob Customer", CreatedAt = today.AddDays(-120) };
        db.Customers.AddRange(alice, bob);
        await db.SaveChangesAsync(cancellationToken);

        var random = new Random(RandomSeed);
        var masks = new HashSet<string>();
        var scripts = DemoTicketScripts.All;
        for (var index = 0; index < scripts.Length; index++)
        {
            var isAlice = index < DemoTicketScripts.AliceTicketCount;
            var customer = isAlice ? alice : bob;
            var age = isAlice ? index : index - DemoTicketScripts.AliceTicketCount;

            // Four days of margin before today: the longest scripted thread spans under four days, so nothing is in the future.
            var daysAgo = (isAlice ? age * 6 : (age * 25) + 2) + 4 + random.Next(0, 4);
            var started = today.AddDays(-daysAgo).AddHours(8 + random.Next(0, 9)).AddMinutes(random.Next(0, 60));
            var ticket = await BuildTicketAsync(scripts[index], customer, age, started, reference, fields, random, cancellationToken);
            while (!masks.Add(ticket.Mask))
            {
                ticket.Mask = TicketMasks.Create(random.Next);
            }

            db.Tickets.Add(ticket);
            customer.TicketCount++;
        }

        return scripts.Length;
    }

    private async Task<TicketRow> BuildTicketAsync(
        DemoTicketScript script,
        CustomerRow customer,
        int age,
        DateTimeOffset started,
        DemoReferenceData reference,
        DemoCustomFields fields,
        Random random,
        CancellationToken cancellationToken)
    {
        var staff = DemoStaff.For(script.Department);
        var priority = new[] { reference.Low, reference.Normal, reference.Urgent }[(age + (int)script.Department) % 3];
        var ticket = new TicketRow
        {
            Mask = TicketMasks.Create(random.Next),
            CustomerId = customer.Id,
            DepartmentId = Department(script.Department, reference).Id,
            StatusId = Status(script, age, reference).Id,
            PriorityId = priority.Id,
            Subject = script.Subject,
            StartedAt = started,
            DueAt = started.AddDays(priority == reference.Urgent ? 1 : priority == reference.Normal ? 3 : 7),
            LastActivityAt = started,
            LastReplier = customer.FullName,
            FieldValues = DemoFieldValues.For(script.Department, age, fields),
        };

        var opening = CustomerPost(customer, started, script.Opening);
        await AttachAsync(ticket, opening, script.Attachment, cancellationToken);
        ticket.Posts.Add(opening);

        var answered = started.AddHours(2 + random.Next(0, 24));
        var answer = StaffPost(staff, answered, script.StaffReply, script.StaffReplyIsHtml);
        if (script.Department == DemoDepartment.Technical && script.StaffReplyIsHtml)
        {
            // The same checklist on several tickets: the file store keeps it once.
            await AttachFileAsync(ticket, answer, "troubleshooting-checklist.txt", "text/plain", DemoFiles.Text(TroubleshootingChecklist), cancellationToken);
        }

        ticket.Posts.Add(answer);
        var last = answer;
        if (script.FollowUp is { } followUp)
        {
            last = CustomerPost(customer, last.CreatedAt.AddHours(3 + random.Next(0, 45)), followUp);
            ticket.Posts.Add(last);
        }

        if (script.Closing is { } closing)
        {
            last = StaffPost(staff, last.CreatedAt.AddHours(1 + random.Next(0, 19)), closing, isHtml: false);
            ticket.Posts.Add(last);
        }

        ticket.LastActivityAt = last.CreatedAt;
        ticket.LastReplier = last.FullName;
        return ticket;
    }

    private static TicketPostRow CustomerPost(CustomerRow customer, DateTimeOffset at, string contents) => new()
    {
        CreatedAt = at,
        UserId = customer.Id,
        FullName = customer.FullName,
        Email = customer.Email,
        Contents = contents,
    };

    private static TicketPostRow StaffPost(DemoStaff staff, DateTimeOffset at, string contents, bool isHtml) => new()
    {
        CreatedAt = at,
        StaffId = staff.Id,
        FullName = staff.FullName,
        Email = staff.Email,
        Contents = contents,
        IsHtml = isHtml,
    };

    private Task AttachAsync(TicketRow ticket, TicketPostRow post, DemoAttachment attachment, CancellationToken cancellationToken) => attachment switch
    {
        DemoAttachment.Screenshot => AttachFileAsync(ticket, post, "screenshot.png", "image/png", DemoFiles.ErrorScreenshot(), cancellationToken),
        DemoAttachment.Log => AttachFileAsync(ticket, post, "widget.log", "text/plain", DemoFiles.Text(ClientLog(ticket)), cancellationToken),
        DemoAttachment.Invoice => AttachFileAsync(ticket, post, "invoice.txt", "text/plain", DemoFiles.Text(Invoice(ticket)), cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task AttachFileAsync(TicketRow ticket, TicketPostRow post, string name, string contentType, byte[] content, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content, writable: false);
        var stored = await files.SaveAsync(stream, cancellationToken);
        var row = new TicketAttachmentRow { FileName = name, ContentType = contentType, Size = stored.Length, ContentSha256 = stored.Sha256 };
        post.Attachments.Add(row);
        ticket.Attachments.Add(row);
    }

    private static DepartmentRow Department(DemoDepartment department, DemoReferenceData reference) => department switch
    {
        DemoDepartment.Technical => reference.TechnicalSupport,
        DemoDepartment.Billing => reference.Billing,
        _ => reference.GeneralSupport,
    };

    /// <summary>Recent tickets are mostly open or in progress, older ones mostly closed; a ticket with a closing word is closed.</summary>
    private static StatusRow Status(DemoTicketScript script, int age, DemoReferenceData reference) =>
        script.Closing is not null ? reference.Closed
        : age switch
        {
            0 or 1 or 2 or 7 or 14 => reference.Open,
            3 or 4 or 6 or 10 => reference.InProgress,
            _ => reference.Closed,
        };

    private const string TroubleshootingChecklist = """
        Widget troubleshooting checklist
        ================================
        1. Update the client (Help > Check for updates).
        2. Restart the client.
        3. Run with --log-level debug and reproduce the problem.
        4. Attach widget.log to your ticket.
        """;

    private static string ClientLog(TicketRow ticket) => $"""
        {ticket.StartedAt.AddMinutes(-12):yyyy-MM-ddTHH:mm:ssZ} INFO  Widget client 4.2.1 starting (debug logging on)
        {ticket.StartedAt.AddMinutes(-12):yyyy-MM-ddTHH:mm:ssZ} DEBUG Loading configuration from widget.json
        {ticket.StartedAt.AddMinutes(-11):yyyy-MM-ddTHH:mm:ssZ} INFO  Connecting to https://api.example.com
        {ticket.StartedAt.AddMinutes(-11):yyyy-MM-ddTHH:mm:ssZ} ERROR Connection refused (api.example.com:443)
        {ticket.StartedAt.AddMinutes(-11):yyyy-MM-ddTHH:mm:ssZ} DEBUG Certificate issuer: CN=Corporate Inspection CA
        {ticket.StartedAt.AddMinutes(-10):yyyy-MM-ddTHH:mm:ssZ} INFO  Shutting down
        """;

    private static string Invoice(TicketRow ticket) => $"""
        INVOICE INV-{ticket.StartedAt:yyyy}-{1000 + (ticket.StartedAt.DayOfYear % 900)}
        Date: {ticket.StartedAt.AddDays(-3):yyyy-MM-dd}

        Widget Pro, 12 seats ........ 240.00 EUR
        Reporting add-on ............  30.00 EUR
        Usage (14,000 API calls) ....   7.00 EUR
        -----------------------------------------
        Total ....................... 277.00 EUR
        """;
}
