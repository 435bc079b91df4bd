using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Rendering;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>
/// Tickets/TicketCustomField (Controller_TicketCustomField with SWIFT_CustomFieldManager::Check and ::Update):
/// read a ticket's values, or write them by field name.
/// </summary>
internal sealed class TicketCustomFieldController : RestController
{
    public override string App => "Tickets";

    public override string Name => "TicketCustomField";

    public override RestResult GetList(RestCall call, RouteArguments arguments) =>
        RestResult.BadRequest("Not Implemented, Call GET /Tickets/TicketCustomField/$ticketid$ instead.");

    public override RestResult Get(RestCall call, RouteArguments arguments)
    {
        var ticket = call.Store.TicketByIdOrMask(arguments[0]);
        return ticket is null
            ? RestResult.NotFound("Ticket not Found")
            : RestResult.Xml(TicketCustomFieldXml.Render(call.Store, ticket));
    }

    public override RestResult Post(RestCall call, RouteArguments arguments)
    {
        var store = call.Store;
        var ticket = store.TicketByIdOrMask(arguments[0]);
        if (ticket is null)
        {
            return RestResult.NotFound("Ticket not Found");
        }

        var groups = store.TicketGroupsOfDepartment(ticket.DepartmentId).ToList();
        var failures = Check(store, groups, call.Parameters);
        if (failures.Count > 0)
        {
            return RestResult.BadRequest("Custom Field Data is Invalid: " + string.Join(", ", failures));
        }

        Update(store, groups, ticket, call.Parameters);
        return RestResult.Xml(TicketCustomFieldXml.Render(store, ticket));
    }

    /// <summary>
    /// Check in edit mode for a client: fields users cannot edit are skipped; every other required field must be in this
    /// request and not blank; a regexpvalidate must match. Returns the failing field names.
    /// </summary>
    private static List<string> Check(KayakoStore store, IEnumerable<CustomFieldGroupRow> groups, PhpParameters form)
    {
        var failures = new List<string>();
        foreach (var field in groups.SelectMany(g => store.FieldsOf(g.Id)))
        {
            if (field.UserEditable == 0)
            {
                continue;
            }

            var scalar = form[field.FieldName];
            var array = form.Array(field.FieldName);
            var missing = !form.Has(field.FieldName) || (scalar is not null && scalar.Trim().Length == 0) || array is { Count: 0 };
            if (field.IsRequired == 1 && missing)
            {
                failures.Add(field.FieldName);
            }
            else if (field.RegexpValidate.Trim().Length > 0 && !MatchesRegexp(store, field, scalar, array))
            {
                failures.Add(field.FieldName);
            }
        }

        return failures;
    }

    private static bool MatchesRegexp(KayakoStore store, CustomFieldRow field, string? scalar, IReadOnlyList<string>? array)
    {
        if (field.FieldType is CustomFieldKind.Select or CustomFieldKind.SelectMultiple or CustomFieldKind.SelectLinked)
        {
            // Choice values are option ids; the pattern applies to the options' texts.
            var options = (array ?? (scalar is null ? [] : [scalar]))
                .Select(v => Php.TryArrayKey(v, out var id) ? store.CustomFieldOptions.Find(o => o.Id == id && o.FieldId == field.Id) : null)
                .OfType<CustomFieldOptionRow>();
            return options.All(o => PhpRegex.IsMatch(field.RegexpValidate, o.OptionValue));
        }

        return scalar is null || scalar.Trim().Length == 0 || PhpRegex.IsMatch(field.RegexpValidate, scalar);
    }

    /// <summary>
    /// Update through the API (insert mode): links every department group to the ticket and writes only the fields present
    /// in the request; arrays are stored as arrays of option ids.
    /// </summary>
    private static void Update(KayakoStore store, IEnumerable<CustomFieldGroupRow> groups, TicketRow ticket, PhpParameters form)
    {
        foreach (var group in groups)
        {
            store.CustomFieldLinks.Add((group.Id, ticket.Id));
            foreach (var field in store.FieldsOf(group.Id).Where(f => f.FieldType != CustomFieldKind.File && form.Has(f.FieldName)))
            {
                store.CustomFieldValues[(ticket.Id, field.Id)] = form.Array(field.FieldName) is { } values
                    ? CustomFieldValue.List(values)
                    : CustomFieldValue.Text(form[field.FieldName] ?? string.Empty);
            }
        }
    }
}
