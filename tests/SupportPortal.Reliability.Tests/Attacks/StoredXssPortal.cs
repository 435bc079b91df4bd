using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Reliability.Tests.Attacks;

/// <summary>
/// The portal on the embedded demo helpdesk with the XSS corpus stored in alice's tickets, once per payload: as the
/// subject, the first message, a reply, text and text-area custom field values and attachment names (what a customer
/// can send), and as HTML posts by an agent and by the customer (what a helpdesk can hold), then alice signed in
/// through the real sign-in page.
/// </summary>
public sealed class StoredXssPortal : HardenedPortal
{
    public const string Alice = "alice@example.com";
    public const string DemoPassword = "Demo-pass-1";

    /// <summary>A file name that tries to end the Content-Disposition header and start one of its own.</summary>
    public const string HeaderSplittingFileName = "report\r\nSet-Cookie: pwned=1\r\nX-Injected: yes\r\n\".txt";

    /// <summary>All of alice's tickets on one page: the 25 demo tickets, the control ticket and one per payload.</summary>
    public const string TicketListUrl = "/tickets?size=50";

    private readonly Lazy<Task<PlantedCorpus>> planted;

    public StoredXssPortal() => planted = new(PlantAsync);

    public Task<PlantedCorpus> CorpusAsync() => planted.Value;

    private async Task<PlantedCorpus> PlantAsync()
    {
        var helpdesk = Services.GetRequiredService<IHelpdesk>();
        var form = await TechnicalSupportFormAsync(helpdesk);
        var store = new EmbeddedStoreRows(Path.Combine(DataFolder, "helpdesk.db"));
        var alice = await SignedInBrowser.SignInAsync(this, Alice, DemoPassword);

        // The same pages holding harmless text: whatever executable markup they have is the portal's own.
        var control = await PlantTicketAsync(helpdesk, form, store, "Printer jams on page two", number: 0);
        var controlTicketKinds = ExecutableMarkup.KindsIn((await alice.GetDocumentAsync($"/tickets/{control.Id}")).DocumentElement);
        var controlListKinds = ExecutableMarkup.KindsIn((await alice.GetDocumentAsync(TicketListUrl)).DocumentElement);

        var tickets = new Dictionary<string, PlantedTicket>(StringComparer.Ordinal);
        foreach (var payload in ((IEnumerable<object[]>)XssCorpus.Payloads).Select(row => (string)row[0]))
        {
            tickets[payload] = await PlantTicketAsync(helpdesk, form, store, payload, number: tickets.Count + 1);
        }

        var headerSplitting = tickets.Values.First();
        var splittingAttachment = (await helpdesk.GetSubmittedTicketAsync(Alice, headerSplitting.Id)).Posts[1].Attachments.Single();
        await store.RenameAttachmentAsync(splittingAttachment.Id, HeaderSplittingFileName);

        return new PlantedCorpus(tickets, alice, controlTicketKinds, controlListKinds, new AttachmentReference(headerSplitting.Id, splittingAttachment.Id));
    }

    /// <summary>A ticket that carries <paramref name="text"/> everywhere a customer or an agent can put it.</summary>
    private static async Task<PlantedTicket> PlantTicketAsync(IHelpdesk helpdesk, TechnicalSupportForm form, EmbeddedStoreRows store, string text, int number)
    {
        var submitted = await helpdesk.SubmitTicketAsync(new NewTicket(Alice, "Alice Customer", form.DepartmentId, form.PriorityId, text, text)
        {
            CustomFields =
            [
                new CustomFieldAnswer(form.ProductVersionId, text),
                new CustomFieldAnswer(form.StepsToReproduceId, text),
                new CustomFieldAnswer(form.SeverityId, "Medium impact"),
            ],
            Attachments = [TextFile(text)],
            SendAutoResponse = false,
        });
        await helpdesk.PostTicketReplyAsync(Alice, submitted.Id, new NewReply(text) { Attachments = [TextFile(text)] });

        // Neither the contract nor the portal lets anyone post HTML; helpdesk agents (and e-mailed messages) do.
        var agentMarker = $"Agent answer {number}";
        var customerMarker = $"Customer HTML message {number}";
        await store.AddHtmlPostAsync(submitted.Id, $"<p>{customerMarker}</p>{text}", fromStaff: false, fullName: "Alice Customer");
        await store.AddHtmlPostAsync(submitted.Id, $"<p>{agentMarker}</p>{text}", fromStaff: true, fullName: text);

        // The embedded helpdesk strips folders and control characters from names; another helpdesk may keep them whole.
        var ticket = await helpdesk.GetSubmittedTicketAsync(Alice, submitted.Id);
        var firstAttachment = ticket.Posts[0].Attachments.Single();
        await store.RenameAttachmentAsync(firstAttachment.Id, text);

        return new PlantedTicket(submitted.Id, firstAttachment.Id, agentMarker, customerMarker);
    }

    private static AttachmentUpload TextFile(string name)
    {
        var bytes = Encoding.UTF8.GetBytes("evidence for the support team");
        return new AttachmentUpload(name, "text/plain", bytes.Length, _ => Task.FromResult<Stream>(new MemoryStream(bytes)));
    }

    private static async Task<TechnicalSupportForm> TechnicalSupportFormAsync(IHelpdesk helpdesk)
    {
        var department = (await helpdesk.GetDepartmentsAsync()).Single(d => d.Title == "Technical Support");
        var priority = (await helpdesk.GetPrioritiesAsync()).First(p => p.IsPublic);
        var fields = (await helpdesk.GetDepartmentCustomFieldsAsync(department.Id)).SelectMany(g => g.Fields).ToList();
        return new TechnicalSupportForm(
            department.Id,
            priority.Id,
            fields.Single(f => f.Title == "Product version" && f.Type == CustomFieldType.Text).Id,
            fields.Single(f => f.Title == "Steps to reproduce" && f.Type == CustomFieldType.TextArea).Id,
            fields.Single(f => f.Title == "Severity").Id);
    }

    private sealed record TechnicalSupportForm(int DepartmentId, int PriorityId, int ProductVersionId, int StepsToReproduceId, int SeverityId);
}

/// <summary>
/// Where each payload was stored, alice's signed-in browser to look at it, and the kinds of executable markup the
/// portal itself puts on a ticket page and on the list (<see cref="ExecutableMarkup.KindsIn"/>).
/// </summary>
public sealed record PlantedCorpus(
    IReadOnlyDictionary<string, PlantedTicket> Tickets,
    SignedInBrowser Alice,
    IReadOnlyList<string> PortalTicketPageKinds,
    IReadOnlyList<string> PortalListPageKinds,
    AttachmentReference HeaderSplittingAttachment);

/// <summary>One payload's ticket: its first post's attachment carries the payload as its whole name.</summary>
public sealed record PlantedTicket(int Id, int NamedAttachmentId, string AgentPostMarker, string CustomerHtmlPostMarker);

public sealed record AttachmentReference(int TicketId, int AttachmentId);
