using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>A customer changing a custom field value on their own ticket.</summary>
internal sealed partial class EmbeddedHelpdesk
{
    public async Task SetCustomFieldValueAsync(string email, int ticketId, int fieldId, IReadOnlyList<string> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await RequireOwnedTicketAsync(db.Tickets.AsNoTracking(), email, ticketId, cancellationToken);

        var groups = await LoadFieldGroupsAsync(db, g => g.DepartmentId == ticket.DepartmentId, cancellationToken);
        var field = groups.SelectMany(g => g.Fields).FirstOrDefault(f => f.Id == fieldId)
            ?? throw new HelpdeskException(HelpdeskError.CustomFieldNotFound, $"Custom field {fieldId} does not exist in this ticket's department.")
            {
                FieldId = fieldId,
            };
        CustomFieldRules.CheckValue(field, values);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.TicketFieldValues.Where(v => v.TicketId == ticketId && v.FieldId == fieldId).ExecuteDeleteAsync(cancellationToken);
        db.TicketFieldValues.AddRange(CustomFieldRules.Normalize(values)
            .Select((value, position) => new TicketFieldValueRow { TicketId = ticketId, FieldId = fieldId, Position = position, Value = value }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Custom field {FieldId} of ticket {TicketId} changed", fieldId, ticketId);
    }
}
