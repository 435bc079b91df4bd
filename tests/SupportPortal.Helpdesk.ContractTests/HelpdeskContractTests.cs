using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Xunit.Sdk;

namespace SupportPortal.Helpdesk.ContractTests;

/// <summary>
/// The behaviour every backend owes the portal. A backend runs it by subclassing with a fixture that holds
/// one fresh instance seeded with the demo data set. Tests use only the contract and find things by their
/// demo names; tests that write do so as a fresh customer, so alice's and bob's demo tickets stay as seeded
/// and the tests pass in any order.
/// </summary>
public abstract partial class HelpdeskContractTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : class, IHelpdeskFixture
{
    /// <summary>An id no demo backend uses for anything.</summary>
    private const int UnknownId = 987_654_321;

    private const string CustomerName = "Casey Customer";

    /// <summary>One customer with twelve fresh tickets per backend instance, shared by the read-only paging tests.</summary>
    private static readonly ConditionalWeakTable<IHelpdesk, Task<ListingCustomer>> ListingCustomers = new();

    protected IHelpdesk Helpdesk { get; } = fixture.Helpdesk;

    private static string FreshEmail() => $"c{Guid.NewGuid():N}@example.com";

    private static string Unique(string text) => $"{text} {Guid.NewGuid():N}";

    // Reference data by demo name

    private async Task<Department> DepartmentAsync(string title) =>
        Named(await Helpdesk.GetDepartmentsAsync(), d => d.Title, title, "department");

    private async Task<TicketPriority> PriorityAsync(string title) =>
        Named(await Helpdesk.GetPrioritiesAsync(), p => p.Title, title, "priority");

    private async Task<TicketStatus> StatusAsync(string title) =>
        Named(await Helpdesk.GetStatusesAsync(), s => s.Title, title, "status");

    private async Task<TechnicalSupport> TechnicalSupportAsync()
    {
        var department = await DepartmentAsync(DemoData.TechnicalSupport);
        var groups = await Helpdesk.GetDepartmentCustomFieldsAsync(department.Id);
        var group = Named(groups, g => g.Title, DemoData.TechnicalDetails, "custom field group");
        var priority = await PriorityAsync(DemoData.Normal);
        return new TechnicalSupport(department, priority.Id, group.Fields.ToDictionary(f => f.Title));
    }

    private static T Named<T>(IEnumerable<T> items, Func<T, string> title, string name, string kind) =>
        items.SingleOrDefault(item => title(item) == name)
        ?? throw new XunitException($"The backend has no single {kind} \"{name}\" (demo data, design section 3).");

    // Arranging tickets

    private async Task<SubmittedTicket> SubmitGeneralAsync(
        string email, string? subject = null, IReadOnlyList<AttachmentUpload>? attachments = null)
    {
        var department = await DepartmentAsync(DemoData.GeneralSupport);
        var priority = await PriorityAsync(DemoData.Normal);
        return await Helpdesk.SubmitTicketAsync(
            new NewTicket(email, CustomerName, department.Id, priority.Id, subject ?? Unique("Printer on fire"), "It smells of smoke.")
            {
                Attachments = attachments ?? [],
                SendAutoResponse = false,
            });
    }

    /// <summary>A Technical Support ticket with its two required fields answered.</summary>
    private Task<SubmittedTicket> SubmitTechnicalAsync(string email, TechnicalSupport technical) =>
        Helpdesk.SubmitTicketAsync(technical.Ticket(email, technical.RequiredAnswers()));

    /// <summary>Every ticket of a customer for the query, page after page.</summary>
    private async Task<List<TicketSummary>> AllPagesAsync(string email, TicketQuery query)
    {
        var tickets = new List<TicketSummary>();
        for (var page = 1; page <= 50; page++)
        {
            var batch = await Helpdesk.GetSubmittedTicketsAsync(email, query with { Page = page });
            tickets.AddRange(batch);
            if (batch.Count < query.PageSize)
            {
                return tickets;
            }
        }

        throw new XunitException($"{email} has more than 50 pages of tickets.");
    }

    private Task<List<TicketSummary>> AllTicketsAsync(string email) =>
        AllPagesAsync(email, new TicketQuery { PageSize = 100 });

    private Task<ListingCustomer> ListingCustomerAsync() =>
        ListingCustomers.GetValue(Helpdesk, _ => CreateListingCustomerAsync());

    private async Task<ListingCustomer> CreateListingCustomerAsync()
    {
        var email = FreshEmail();
        var ids = new List<int>();
        for (var i = 1; i <= 12; i++)
        {
            ids.Add((await SubmitGeneralAsync(email, $"Listing ticket {i}")).Id);
        }

        return new ListingCustomer(email, ids);
    }

    // Attachments

    private static AttachmentUpload Upload(string fileName, string contentType, byte[] bytes) =>
        new(fileName, contentType, bytes.Length, _ => Task.FromResult<Stream>(new MemoryStream(bytes, writable: false)));

    private static byte[] RandomBytes(int length) => RandomNumberGenerator.GetBytes(length);

    private async Task<DownloadedAttachment> DownloadAsync(string email, int ticketId, int attachmentId)
    {
        await using var attachment = await Helpdesk.GetTicketAttachmentAsync(email, ticketId, attachmentId);
        using var buffer = new MemoryStream();
        await attachment.Content.CopyToAsync(buffer);
        return new DownloadedAttachment(attachment.FileName, attachment.ContentType, attachment.Length, buffer.ToArray());
    }

    // Reading custom field values back

    private static IReadOnlyList<string> ValuesOf(Ticket ticket, CustomField field) =>
        ticket.CustomFields.SelectMany(g => g.Fields).Where(f => f.Id == field.Id).SelectMany(f => f.Values)
            .Where(v => !string.IsNullOrEmpty(v)).ToList();

    /// <summary>Multi-valued answers come back in whatever order the backend keeps them (the seed's example reorders them).</summary>
    private static void AssertSameValues(IEnumerable<string> expected, IEnumerable<string> actual) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));

    private sealed record TechnicalSupport(Department Department, int NormalPriorityId, IReadOnlyDictionary<string, CustomField> Fields)
    {
        public CustomField this[string title] =>
            Fields.TryGetValue(title, out var field)
                ? field
                : throw new XunitException($"\"{DemoData.TechnicalDetails}\" has no field \"{title}\" (demo data, design section 3).");

        public CustomFieldAnswer[] RequiredAnswers() =>
        [
            new(this[DemoData.ProductVersion].Id, "4.2.0"),
            new(this[DemoData.Severity].Id, "Medium impact"),
        ];

        public NewTicket Ticket(string email, IReadOnlyList<CustomFieldAnswer> answers) =>
            new(email, CustomerName, Department.Id, NormalPriorityId, Unique("Widget crashes"), "It crashes at start.")
            {
                CustomFields = answers,
                SendAutoResponse = false,
            };
    }

    private sealed record ListingCustomer(string Email, IReadOnlyList<int> TicketIds);

    private sealed record DownloadedAttachment(string FileName, string ContentType, long Length, byte[] Bytes);
}
