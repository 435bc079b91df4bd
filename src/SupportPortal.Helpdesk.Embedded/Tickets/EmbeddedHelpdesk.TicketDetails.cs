using Microsoft.EntityFrameworkCore;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>One ticket with its thread, attachments and custom field values: a fixed handful of queries, however long the thread.</summary>
internal sealed partial class EmbeddedHelpdesk
{
    public async Task<Ticket> GetSubmittedTicketAsync(string email, int ticketId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await RequireOwnedTicketAsync(db.Tickets.AsNoTracking(), email, ticketId, cancellationToken);

        var attachmentsByPost = (await db.TicketAttachments.AsNoTracking()
                .Where(a => a.TicketId == ticketId)
                .OrderBy(a => a.Id)
                .Select(a => new { a.PostId, Attachment = new TicketAttachment(a.Id, a.FileName, a.ContentType, a.Size) })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.PostId, a => a.Attachment);

        var posts = (await db.TicketPosts.AsNoTracking()
                .Where(p => p.TicketId == ticketId)
                .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
                .ToListAsync(cancellationToken))
            .Select(p => new TicketPost(
                p.Id,
                p.CreatedAt,
                p.UserId,
                p.FullName,
                p.Email,
                Edited: p.EditedAt is not null,
                p.EditedByStaffId,
                p.EditedAt,
                p.IsHtml,
                p.StaffId,
                p.Contents,
                attachmentsByPost[p.Id].ToList()))
            .ToList();

        var values = await db.TicketFieldValues.AsNoTracking()
            .Where(v => v.TicketId == ticketId)
            .OrderBy(v => v.FieldId).ThenBy(v => v.Position)
            .Select(v => new { v.FieldId, v.Value })
            .ToListAsync(cancellationToken);
        var valuesByField = values.ToLookup(v => v.FieldId, v => v.Value);
        var answeredFieldIds = valuesByField.Select(g => g.Key).ToList();

        // The department's groups, plus any group holding a value from before the ticket changed department.
        var groups = await LoadFieldGroupsAsync(
            db,
            g => g.DepartmentId == ticket.DepartmentId || g.Fields.Any(f => answeredFieldIds.Contains(f.Id)),
            cancellationToken);
        var customFields = groups
            .Select(g => new TicketCustomFieldGroup(
                g.Id,
                g.Title,
                g.DisplayOrder,
                g.Fields.Select(f => new TicketCustomFieldValue(f.Id, f.Title, f.Type, valuesByField[f.Id].ToList())).ToList()))
            .ToList();

        return new Ticket(
            ticket.Id,
            ticket.Mask,
            ticket.DepartmentId,
            ticket.StatusId,
            ticket.PriorityId,
            ticket.StartedAt,
            ticket.LastActivityAt,
            ticket.Subject,
            posts,
            customFields);
    }
}
