using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Rendering;

/// <summary>Controller_TicketCustomField::Get: a ticket's custom field groups and values.</summary>
internal static class TicketCustomFieldXml
{
    private static readonly int[] ModesShowingDepartmentGroups =
        [TicketRow.CreationModeEmail, TicketRow.CreationModeApi, TicketRow.CreationModeStaffApi, TicketRow.CreationModeMobile];

    public static KayakoXml Render(KayakoStore store, TicketRow ticket)
    {
        // SWIFT-3133: tickets made by mail/API/mobile show every group linked to their department.
        var linkedGroups = new HashSet<int>();
        if (ModesShowingDepartmentGroups.Contains(ticket.CreationMode))
        {
            linkedGroups.UnionWith(store.CustomFieldGroups.Where(g => g.DepartmentIds.Contains(ticket.DepartmentId)).Select(g => g.Id));
        }

        linkedGroups.UnionWith(store.CustomFieldLinks.Where(l => l.TicketId == ticket.Id).Select(l => l.GroupId));

        var xml = new KayakoXml().Open("customfields");
        foreach (var group in store.OrderedGroups().Where(g => CustomFieldGroupType.Ticket.Contains(g.GroupType) && linkedGroups.Contains(g.Id)))
        {
            xml.Open("group", ("id", Php.Str(group.Id)), ("title", group.Title), ("displayorder", Php.Str(group.DisplayOrder)));
            foreach (var field in store.FieldsOf(group.Id))
            {
                var value = store.CustomFieldValues.TryGetValue((ticket.Id, field.Id), out var stored) ? Display(store, field, stored) : string.Empty;
                xml.Tag("field", value, ("id", Php.Str(field.Id)), ("title", field.Title), ("type", Php.Str(field.FieldType)), ("name", field.FieldName));
            }

            xml.Close("group");
        }

        return xml.Close("customfields");
    }

    /// <summary>Option ids become option texts; arrays are joined with ", " after escaping their commas (SWIFT-1449).</summary>
    private static string Display(KayakoStore store, CustomFieldRow field, CustomFieldValue stored)
    {
        if (stored.Array is { } values)
        {
            var mapChoices = field.FieldType is CustomFieldKind.Checkbox or CustomFieldKind.SelectMultiple;
            return string.Join(", ", values.Select(v => (mapChoices ? OptionText(store, v) ?? v : v).Replace(",", "\\,", StringComparison.Ordinal)));
        }

        var scalar = stored.Scalar ?? string.Empty;
        return field.FieldType is CustomFieldKind.Radio or CustomFieldKind.Select ? OptionText(store, scalar) ?? scalar : scalar;
    }

    private static string? OptionText(KayakoStore store, string optionId) =>
        Php.TryArrayKey(optionId, out var id) ? store.CustomFieldOptions.Find(o => o.Id == id)?.OptionValue : null;
}
