using System.Globalization;
using System.Text;
using static SupportPortal.Simulators.KayakoClassic.Model.DemoReferenceData;

namespace SupportPortal.Simulators.KayakoClassic.Model;

/// <summary>
/// The demo customers and their tickets (design section 3): alice@example.com with exactly 25 tickets and
/// bob@example.com with 4, across departments, statuses and priorities, with staff replies, attachments and
/// custom field values. Optionally more generated customers for load tests. Everything is deterministic.
/// </summary>
internal static class DemoCustomers
{
    public const string DemoPassword = "Demo-pass-1";

    private static readonly long Start = new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    private static readonly string[] AliceSubjects =
    [
        "Cannot sign in after the update", "Widget crashes when exporting", "Question about my last invoice",
        "How do I add a second user?", "Sync stops after a few minutes", "Refund for duplicate payment",
        "Dark mode looks wrong", "Reports show the wrong time zone", "Change the card on file",
        "Password reset mail never arrives", "Installer fails on macOS", "VAT number missing on invoice",
        "Feature request: keyboard shortcuts", "API returns 500 on large uploads", "Cancel the yearly plan",
        "Notifications arrive twice", "Widget Lite will not start on Debian", "Invoice sent to old address",
        "Export to CSV loses accents", "Reporting module is slow", "Upgrade from Lite to Pro",
        "Two-factor codes rejected", "Crash when printing", "Discount code not applied", "Thank you for the quick help",
    ];

    private static readonly int[] DepartmentCycle = [GeneralSupport, TechnicalSupport, Billing];
    private static readonly int[] StatusCycle = [Closed, Open, InProgress, Open];

    public static void Seed(KayakoStore store, int extraCustomers)
    {
        var alice = AddUser(store, "Alice Customer", "alice@example.com", Start - (30 * 86400));
        var bob = AddUser(store, "Bob Customer", "bob@example.com", Start - (20 * 86400));

        for (var i = 0; i < AliceSubjects.Length; i++)
        {
            var department = DepartmentCycle[i % 3];
            AddTicket(store, alice, i, AliceSubjects[i], department, StatusCycle[i % 4], Low + (i * 2 % 3), Start + (i * 2 * 86400) + (i * 3600));
        }

        (string Subject, int Department, int Status)[] bobTickets =
        [
            ("Where is my order confirmation?", GeneralSupport, Open),
            ("Widget Cloud is down for me", TechnicalSupport, Closed),
            ("Charged twice this month", Billing, InProgress),
            ("Can I get a printed manual?", GeneralSupport, Open),
        ];
        for (var j = 0; j < bobTickets.Length; j++)
        {
            var (subject, department, status) = bobTickets[j];
            AddTicket(store, bob, 100 + j, subject, department, status, Normal + (j % 2), Start + (j * 5 * 86400) + 7200);
        }

        for (var n = 1; n <= extraCustomers; n++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"Customer {n:000}");
            var customer = AddUser(store, name, string.Create(CultureInfo.InvariantCulture, $"customer{n:000}@example.com"), Start);
            for (var k = 0; k < 3; k++)
            {
                AddTicket(store, customer, 200 + k, string.Create(CultureInfo.InvariantCulture, $"Question {k + 1} from {name}"), DepartmentCycle[k], StatusCycle[(n + k) % 4], Low + k, Start + (n * 3600) + (k * 86400));
            }
        }
    }

    private static UserRow AddUser(KayakoStore store, string fullName, string email, long dateline)
    {
        var user = new UserRow
        {
            Id = store.NextUserId(),
            UserGroupId = RegisteredGroup,
            FullName = fullName,
            Emails = [email],
            Dateline = dateline,
            LastVisit = dateline + 86400,
            TimeZone = "Europe/Berlin",
            Password = DemoPassword,
        };
        store.Users.Add(user.Id, user);
        return user;
    }

    /// <summary>One ticket: the customer's first post, a staff reply on even seeds, a follow-up now and then, files and field values.</summary>
    private static void AddTicket(KayakoStore store, UserRow customer, int seed, string subject, int department, int status, int priority, long created)
    {
        var ticketId = store.NextTicketId();
        var staff = department == TechnicalSupport ? store.StaffMember(TerryTech)! : store.StaffMember(SamSupport)!;
        var ticket = new TicketRow
        {
            Id = ticketId,
            Mask = KayakoStore.MaskFor(ticketId),
            DepartmentId = department,
            StatusId = status,
            PriorityId = priority,
            TypeId = department == TechnicalSupport ? Bug : Issue,
            UserId = customer.Id,
            FullName = customer.FullName,
            Email = customer.Emails[0],
            LastReplier = customer.FullName,
            Subject = subject,
            Dateline = created,
            LastActivity = created,
            LastUserReplyTime = created,
            IpAddress = string.Create(CultureInfo.InvariantCulture, $"203.0.113.{(seed % 200) + 1}"),
            CreationMode = seed % 8 == 5 ? TicketRow.CreationModeEmail : TicketRow.CreationModeSupportCenter,
            OwnerStaffId = status == Open ? 0 : staff.Id,
            OwnerStaffName = status == Open ? string.Empty : staff.FullName,
        };
        store.Tickets.Add(ticket.Id, ticket);

        var first = AddPost(store, ticket, created, customer, null,
            string.Create(CultureInfo.InvariantCulture, $"Hello,\n\n{subject}. This started on {DateTimeOffset.FromUnixTimeSeconds(created):yyyy-MM-dd}.\n\nThanks,\n{customer.FullName}"));
        if (seed % 5 == 0)
        {
            store.AddAttachment(first, "error-log.txt", Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"[{created}] ERROR widget: {subject}\n[{created + 1}] INFO retrying\n")), created);
        }

        if (seed % 7 == 3)
        {
            store.AddAttachment(first, "screenshot.png", TinyPng(seed), created);
        }

        if (seed % 2 == 0 || status == Closed)
        {
            AddPost(store, ticket, created + (5 * 3600), null, staff,
                string.Create(CultureInfo.InvariantCulture, $"Hi {customer.FullName.Split(' ')[0]},\n\nthanks for getting in touch. We are looking into it.\n\n{staff.FullName}"));
        }

        if (seed % 6 == 0)
        {
            AddPost(store, ticket, created + 86400, customer, null, "Any news on this? It still happens.");
        }

        if (ticket.CreationMode == TicketRow.CreationModeSupportCenter)
        {
            SeedFieldValues(store, ticket, seed);
        }
    }

    private static TicketPostRow AddPost(KayakoStore store, TicketRow ticket, long dateline, UserRow? user, StaffRow? staff, string contents)
    {
        var post = store.AddPost(new TicketPostRow
        {
            Id = store.NextPostId(),
            TicketId = ticket.Id,
            Dateline = dateline,
            UserId = user?.Id ?? 0,
            FullName = user?.FullName ?? staff!.FullName,
            Email = user?.Emails[0] ?? staff!.Email,
            IpAddress = user is null ? string.Empty : ticket.IpAddress,
            Creator = user is null ? TicketRow.CreatorStaff : TicketRow.CreatorUser,
            StaffId = staff?.Id ?? 0,
            Contents = contents,
        });

        if (store.PostsOf(ticket.Id).Count() > 1)
        {
            ticket.TotalReplies++;
        }

        ticket.LastActivity = dateline;
        ticket.LastReplier = post.FullName;
        if (staff is null)
        {
            ticket.LastUserReplyTime = dateline;
        }
        else
        {
            ticket.LastStaffReplyTime = dateline;
        }

        return post;
    }

    /// <summary>As a support-center submission leaves them: the department's customer groups linked, their answers stored.</summary>
    private static void SeedFieldValues(KayakoStore store, TicketRow ticket, int seed)
    {
        if (ticket.DepartmentId == TechnicalSupport)
        {
            store.CustomFieldLinks.Add((TechnicalDetailsGroup, ticket.Id));
            Set(store, ticket, ProductVersion, CustomFieldValue.Text(string.Create(CultureInfo.InvariantCulture, $"4.{seed % 4}.{seed % 3}")));
            Set(store, ticket, Severity, CustomFieldValue.Text(Php(4 + (seed % 3))));
            Set(store, ticket, Product, CustomFieldValue.Text(Php(7 + (seed % 3))));
            Set(store, ticket, AffectedPlatforms, CustomFieldValue.List(seed % 2 == 0 ? [Php(1), Php(3)] : [Php(2)]));
            if (seed % 3 == 1)
            {
                Set(store, ticket, StepsToReproduce, CustomFieldValue.Text("1. Start the client\n2. Open a report\n3. It closes"));
                Set(store, ticket, Modules, CustomFieldValue.List([Php(11), Php(12)]));
            }
        }
        else if (ticket.DepartmentId == Billing)
        {
            store.CustomFieldLinks.Add((BillingDetailsGroup, ticket.Id));
            Set(store, ticket, InvoiceNumber, CustomFieldValue.Text(string.Create(CultureInfo.InvariantCulture, $"INV-2024-{1000 + seed}")));
            Set(store, ticket, BillingTopic, CustomFieldValue.Text(Php(13 + (seed % 3))));
        }
    }

    private static void Set(KayakoStore store, TicketRow ticket, int fieldId, CustomFieldValue value) =>
        store.CustomFieldValues[(ticket.Id, fieldId)] = value;

    private static string Php(int optionId) => optionId.ToString(CultureInfo.InvariantCulture);

    /// <summary>A 1x1 PNG followed by a seed-specific trailer (image readers ignore bytes after IEND), so files differ.</summary>
    private static byte[] TinyPng(int seed)
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
        return [.. png, .. Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"seed{seed}"))];
    }
}
