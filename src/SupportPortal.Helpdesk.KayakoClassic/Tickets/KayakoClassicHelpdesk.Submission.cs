using System.Net;
using Microsoft.Extensions.Logging;
using SupportPortal.Helpdesk.KayakoClassic.Http;
using SupportPortal.Helpdesk.KayakoClassic.ReferenceData;
using SupportPortal.Helpdesk.KayakoClassic.Tickets;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic;

/// <summary>
/// Submitting a ticket takes several Kayako calls: the user is created if new (Base/User), the ticket is created
/// (Tickets/Ticket — it takes no custom fields), then its custom fields are set (Tickets/TicketCustomField) and its
/// attachments added to its first post (Tickets/TicketAttachment). Everything is checked before the first write.
/// </summary>
internal sealed partial class KayakoClassicHelpdesk
{
    public async Task<SubmittedTicket> SubmitTicketAsync(NewTicket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        CustomerEmail.Require(ticket.Email);
        if (string.IsNullOrWhiteSpace(ticket.FullName) || string.IsNullOrWhiteSpace(ticket.Subject) || string.IsNullOrWhiteSpace(ticket.Message))
        {
            throw new HelpdeskException(HelpdeskError.MissingTicketInformation);
        }

        var plan = await PlanSubmissionAsync(ticket, cancellationToken);
        var customer = await customers.FindAsync(ticket.Email, cancellationToken)
            ?? await customers.CreateAsync(ticket.Email, ticket.FullName, cancellationToken);

        var created = await CreateTicketAsync(ticket, plan, customer, cancellationToken);
        logger.LogInformation("Ticket {TicketId} ({Mask}) submitted to Kayako department {DepartmentId}", created.Id, created.DisplayId, ticket.DepartmentId);

        try
        {
            if (ticket.CustomFields.Count > 0)
            {
                var answers = ticket.CustomFields.GroupBy(a => a.FieldId).ToDictionary(g => g.Key, g => CustomFieldRules.Normalize(g.Last().Values));
                await WriteFieldValuesAsync(created.Id, plan.Form.Fields.Where(f => answers.ContainsKey(f.Id)).Select(f => (f, answers[f.Id])), cancellationToken);
            }

            if (ticket.Attachments.Count > 0)
            {
                var postId = created.Posts.Count > 0 ? created.Posts.Min(p => p.Id) : await FirstPostIdAsync(created.Id, cancellationToken);
                foreach (var attachment in ticket.Attachments)
                {
                    await UploadAttachmentAsync(created.Id, postId, attachment, cancellationToken);
                }
            }
        }
        catch (HelpdeskException exception)
        {
            // The ticket exists: a transient error here must not make the portal submit it a second time.
            logger.LogError(exception, "Ticket {TicketId} was created but its custom fields or attachments could not be stored", created.Id);
            throw new HelpdeskException(
                HelpdeskError.BadGateway,
                $"Ticket {created.DisplayId} was created, but Kayako did not store all of its custom fields and attachments: {exception.Message}",
                exception);
        }

        return new SubmittedTicket(created.Id, created.DisplayId);
    }

    /// <summary>Everything Kayako needs besides what the customer typed, checked as the embedded backend checks it.</summary>
    private async Task<SubmissionPlan> PlanSubmissionAsync(NewTicket ticket, CancellationToken cancellationToken)
    {
        var departments = await referenceData.DepartmentsAsync(cancellationToken);
        if (!departments.Any(d => d.Id == ticket.DepartmentId && d.IsForTickets && d.IsPublic))
        {
            throw new HelpdeskException(HelpdeskError.InvalidDepartment);
        }

        var priorities = await referenceData.PrioritiesAsync(cancellationToken);
        if (!priorities.Any(p => p.Id == ticket.PriorityId && p.IsPublic))
        {
            throw new HelpdeskException(HelpdeskError.InvalidPriority);
        }

        var form = await referenceData.DepartmentFormAsync(ticket.DepartmentId, cancellationToken);
        CustomFieldRules.CheckSubmission(form.ToContract(), ticket.CustomFields);

        // Kayako requires a status and a type on every new ticket; the Integration API has neither.
        var status = (await referenceData.StatusesAsync(cancellationToken))
            .Where(s => s.AppliesTo(ticket.DepartmentId) && !s.MarksResolved)
            .OrderByDescending(s => s.IsPublic).ThenBy(s => s.DisplayOrder).ThenBy(s => s.Id)
            .FirstOrDefault()
            ?? throw new HelpdeskException(HelpdeskError.Misconfigured, $"Kayako has no unresolved ticket status for department {ticket.DepartmentId}, so it cannot accept a ticket.");
        var type = (await referenceData.TicketTypesAsync(cancellationToken))
            .Where(t => t.AppliesTo(ticket.DepartmentId))
            .OrderByDescending(t => t.IsPublic).ThenBy(t => t.DisplayOrder).ThenBy(t => t.Id)
            .FirstOrDefault()
            ?? throw new HelpdeskException(HelpdeskError.Misconfigured, $"Kayako has no ticket type for department {ticket.DepartmentId}, so it cannot accept a ticket.");

        return new SubmissionPlan(form, status.Id, type.Id);
    }

    private async Task<KayakoTicket> CreateTicketAsync(NewTicket ticket, SubmissionPlan plan, Customers.KayakoUser? customer, CancellationToken cancellationToken)
    {
        var form = new KayakoForm()
            .Add("subject", ticket.Subject.Trim())
            .Add("fullname", ticket.FullName.Trim())
            // Kayako compares the address with the user's own, exactly: send it as Kayako stores it.
            .Add("email", customer?.StoredAddress(ticket.Email) ?? ticket.Email)
            .Add("contents", ticket.Message)
            .Add("departmentid", ticket.DepartmentId)
            .Add("ticketstatusid", plan.StatusId)
            .Add("ticketpriorityid", ticket.PriorityId)
            .Add("tickettypeid", plan.TypeId)
            .Add("ignoreautoresponder", ticket.SendAutoResponse ? 0 : 1);
        if (customer is null)
        {
            form.Add("autouserid", 1);
        }
        else
        {
            form.Add("userid", customer.Id);
        }

        using var response = await KayakoReplies.SendAsync(KayakoTicket.Controller, token => ticketsApi.CreateTicketAsync(form, token), cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            throw RefusedTicket(await KayakoReplies.ShortTextAsync(response, cancellationToken));
        }

        var root = await KayakoXml.ReadRootAsync(response, KayakoTicket.Controller, cancellationToken);
        var created = root.Name.LocalName == "ticket" ? root : root.Element("ticket");
        return created is null
            ? throw KayakoReplies.Unreadable(KayakoTicket.Controller, "the reply names no new ticket.")
            : KayakoTicket.From(created);
    }

    /// <summary>What was checked beforehand can still change in Kayako in between; say which part it refused.</summary>
    private static HelpdeskException RefusedTicket(string reason) =>
        reason.Contains("Department", StringComparison.OrdinalIgnoreCase) ? new HelpdeskException(HelpdeskError.InvalidDepartment, reason)
        : reason.Contains("Priority", StringComparison.OrdinalIgnoreCase) ? new HelpdeskException(HelpdeskError.InvalidPriority, reason)
        : reason.Contains("empty", StringComparison.OrdinalIgnoreCase) ? new HelpdeskException(HelpdeskError.MissingTicketInformation, reason)
        : KayakoReplies.Unreadable(KayakoTicket.Controller, $"Kayako refused the new ticket: {reason}");

    /// <summary>For a Kayako that answers a new ticket without its posts: read the ticket back.</summary>
    private async Task<int> FirstPostIdAsync(int ticketId, CancellationToken cancellationToken)
    {
        var posts = (await FindTicketAsync(ticketId, cancellationToken))?.Posts ?? [];
        return posts.Count > 0
            ? posts.Min(p => p.Id)
            : throw KayakoReplies.Unreadable(KayakoTicket.Controller, $"ticket {ticketId} has no post to attach files to.");
    }

    private async Task UploadAttachmentAsync(int ticketId, int postId, AttachmentUpload upload, CancellationToken cancellationToken)
    {
        var form = new KayakoForm()
            .Add("ticketid", ticketId)
            .Add("ticketpostid", postId)
            .Add("filename", Path.GetFileName(upload.FileName))
            .AddBase64File("contents", upload.OpenReadAsync);
        using var response = await KayakoReplies.SendAsync(KayakoAttachmentInfo.Controller, token => attachmentsApi.UploadAsync(form, token), cancellationToken);
        await response.EnsureSuccessAsync(KayakoAttachmentInfo.Controller, cancellationToken);
    }

    private sealed record SubmissionPlan(DepartmentForm Form, int StatusId, int TypeId);
}
