using System.Net;
using SupportPortal.Helpdesk.KayakoClassic.Http;
using SupportPortal.Helpdesk.KayakoClassic.ReferenceData;
using SupportPortal.Helpdesk.KayakoClassic.Tickets;

namespace SupportPortal.Helpdesk.KayakoClassic;

/// <summary>
/// setCustomFieldValue over Tickets/TicketCustomField. Kayako checks every required field of the department on
/// each POST, so the ticket's other current values are sent along with the one that changes.
/// </summary>
internal sealed partial class KayakoClassicHelpdesk
{
    public async Task SetCustomFieldValueAsync(string email, int ticketId, int fieldId, IReadOnlyList<string> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var (ticket, _) = await RequireOwnedTicketAsync(email, ticketId, cancellationToken);
        var form = await referenceData.DepartmentFormAsync(ticket.DepartmentId, cancellationToken);
        var field = form.Field(fieldId)
            ?? throw new HelpdeskException(HelpdeskError.CustomFieldNotFound, $"Custom field {fieldId} does not exist in this ticket's department.") { FieldId = fieldId };
        CustomFieldRules.CheckValue(field.ToContract(), values);

        var current = await ReadRawFieldValuesAsync(ticket.Id, cancellationToken);
        var answers = form.Fields
            .Select(f => (Field: f, Values: f.Id == fieldId
                ? CustomFieldRules.Normalize(values)
                : current.TryGetValue(f.Id, out var value) ? FieldValueText.Parse(f, value.RawValue) : []))
            .Where(a => a.Field.Id == fieldId || a.Values.Count > 0);
        await WriteFieldValuesAsync(ticket.Id, answers, cancellationToken);
    }

    /// <summary>Posts the values by field name; choice fields as option ids, several values as <c>name[]</c>.</summary>
    private async Task WriteFieldValuesAsync(int ticketId, IEnumerable<(KayakoField Field, IReadOnlyList<string> Values)> answers, CancellationToken cancellationToken)
    {
        var fields = new List<KayakoField>();
        var form = new KayakoForm();
        foreach (var (field, values) in answers)
        {
            fields.Add(field);
            if (field.Type.HasOptions() && field.Type.IsMultiValued() && values.Count > 0)
            {
                form.AddList(field.FieldName, FieldValueText.OptionIds(field, values));
            }
            else if (field.Type.HasOptions() && values.Count > 0)
            {
                form.Add(field.FieldName, FieldValueText.OptionIds(field, values)[0]);
            }
            else
            {
                // An empty value clears the field.
                form.Add(field.FieldName, values.Count > 0 ? values[0] : string.Empty);
            }
        }

        using var response = await KayakoReplies.SendAsync(
            KayakoFieldValue.Controller,
            token => ticketsApi.SetTicketCustomFieldsAsync(ticketId, form, token),
            cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            throw new HelpdeskException(HelpdeskError.TicketNotFound);
        }

        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            throw RefusedFields(await KayakoReplies.ShortTextAsync(response, cancellationToken), fields);
        }

        await response.EnsureSuccessAsync(KayakoFieldValue.Controller, cancellationToken);
    }

    /// <summary>Kayako answers "Custom Field Data is Invalid: name1, name2" for required fields left empty.</summary>
    private static HelpdeskException RefusedFields(string reason, IReadOnlyList<KayakoField> sent)
    {
        var named = reason.Split(':', 2).ElementAtOrDefault(1)?.Split(',').Select(n => n.Trim()).FirstOrDefault(n => n.Length > 0);
        var field = named is null ? null : sent.FirstOrDefault(f => f.FieldName == named);
        return new HelpdeskException(HelpdeskError.RequiredCustomFieldEmpty, field is null ? reason : $"\"{field.Title}\" is required.")
        {
            FieldId = field?.Id,
        };
    }
}
