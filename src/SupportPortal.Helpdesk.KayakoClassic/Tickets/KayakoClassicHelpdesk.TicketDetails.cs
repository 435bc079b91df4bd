using System.Net;
using SupportPortal.Helpdesk.KayakoClassic.Http;
using SupportPortal.Helpdesk.KayakoClassic.ReferenceData;
using SupportPortal.Helpdesk.KayakoClassic.Tickets;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic;

/// <summary>
/// One ticket: the thread from Tickets/Ticket, attachment metadata from Tickets/TicketAttachment/ListAll and the
/// custom field values from Tickets/TicketCustomField, the last two read side by side.
/// </summary>
internal sealed partial class KayakoClassicHelpdesk
{
    public async Task<Ticket> GetSubmittedTicketAsync(string email, int ticketId, CancellationToken cancellationToken = default)
    {
        var (ticket, _) = await RequireOwnedTicketAsync(email, ticketId, cancellationToken);
        var attachmentsRead = ListAttachmentsAsync(ticket.Id, cancellationToken);
        var fieldsRead = ReadTicketFieldsAsync(ticket, cancellationToken);
        await Task.WhenAll(attachmentsRead, fieldsRead);

        var attachmentsByPost = (await attachmentsRead).OrderBy(a => a.Id).ToLookup(a => a.PostId, a => a.ToContract());
        var posts = ticket.Posts
            .Where(p => !p.IsPrivate)
            .OrderBy(p => p.Date).ThenBy(p => p.Id)
            .Select(p => p.ToContract(attachmentsByPost[p.Id].ToList()))
            .ToList();

        return new Ticket(
            ticket.Id,
            ticket.DisplayId,
            ticket.DepartmentId,
            ticket.StatusId,
            ticket.PriorityId,
            ticket.CreatedAt,
            ticket.LastActivity,
            ticket.Subject,
            posts,
            (await fieldsRead).Select(g => g.ToContract()).ToList());
    }

    private async Task<IReadOnlyList<KayakoAttachmentInfo>> ListAttachmentsAsync(int ticketId, CancellationToken cancellationToken)
    {
        using var response = await KayakoReplies.SendAsync(
            KayakoAttachmentInfo.Controller,
            token => ticketsApi.ListAttachmentsAsync(ticketId, token),
            cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }

        var attachments = new List<KayakoAttachmentInfo>();
        await KayakoXml.ForEachItemAsync(response, KayakoAttachmentInfo.Controller, "attachment", a => attachments.Add(KayakoAttachmentInfo.From(a)), cancellationToken);
        return attachments;
    }

    /// <summary>
    /// The ticket's custom fields the customer may see: every field of the department's customer-facing groups
    /// (empty if unanswered, as the embedded backend shows them), plus any other customer-facing group holding a value.
    /// </summary>
    private async Task<IReadOnlyList<TicketFieldGroup>> ReadTicketFieldsAsync(KayakoTicket ticket, CancellationToken cancellationToken)
    {
        var form = await referenceData.DepartmentFormAsync(ticket.DepartmentId, cancellationToken);
        var groups = await referenceData.FieldGroupsAsync(cancellationToken);
        var fields = await referenceData.FieldsAsync(cancellationToken);
        var raw = await ReadRawFieldValuesAsync(ticket.Id, cancellationToken);

        var shown = form.Groups.ToList();
        var answeredGroups = raw.Values.Select(v => v.GroupId).ToHashSet();
        shown.AddRange(groups
            .Where(g => g.IsForCustomerTickets && answeredGroups.Contains(g.Id) && shown.All(s => s.Group.Id != g.Id))
            .Select(g => new DepartmentFormGroup(g, KayakoReferenceData.FieldsOf(g, fields).Where(f => raw.ContainsKey(f.Id)).ToList())));

        return shown
            .OrderBy(g => g.Group.DisplayOrder).ThenBy(g => g.Group.Id)
            .Select(g => new TicketFieldGroup(
                g.Group,
                g.Fields.Select(f => new TicketFieldAnswer(f, raw.TryGetValue(f.Id, out var value) ? FieldValueText.Parse(f, value.RawValue) : [])).ToList()))
            .ToList();
    }

    /// <summary>The ticket's custom field values by field id, as Kayako sends them.</summary>
    private async Task<IReadOnlyDictionary<int, KayakoFieldValue>> ReadRawFieldValuesAsync(int ticketId, CancellationToken cancellationToken)
    {
        using var response = await KayakoReplies.SendAsync(
            KayakoFieldValue.Controller,
            token => ticketsApi.GetTicketCustomFieldsAsync(ticketId, token),
            cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return new Dictionary<int, KayakoFieldValue>();
        }

        var root = await KayakoXml.ReadRootAsync(response, KayakoFieldValue.Controller, cancellationToken);
        return KayakoFieldValue.From(root)
            .Where(v => !string.IsNullOrEmpty(v.RawValue))
            .GroupBy(v => v.FieldId)
            .ToDictionary(g => g.Key, g => g.Last());
    }

    private sealed record TicketFieldGroup(KayakoFieldGroup Group, IReadOnlyList<TicketFieldAnswer> Answers)
    {
        public TicketCustomFieldGroup ToContract() => new(
            Group.Id,
            Group.Title,
            Group.DisplayOrder,
            Answers.Select(a => new TicketCustomFieldValue(a.Field.Id, a.Field.Title, a.Field.Type, a.Values)).ToList());
    }

    private sealed record TicketFieldAnswer(KayakoField Field, IReadOnlyList<string> Values);
}
