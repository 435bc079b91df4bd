namespace SupportPortal.Helpdesk;

/// <summary>
/// The rules a custom field value must follow, shared by backends that validate themselves
/// and by the portal's own form validation, so both refuse the same things.
/// </summary>
public static class CustomFieldRules
{
    /// <summary>
    /// Checks a whole submission against a department's fields: unknown fields, empty required ones,
    /// and values a field does not offer. Throws the first problem found.
    /// </summary>
    public static void CheckSubmission(IEnumerable<CustomFieldGroup> groups, IReadOnlyList<CustomFieldAnswer> answers)
    {
        var fields = groups.SelectMany(g => g.Fields).ToDictionary(f => f.Id);
        var answered = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var answer in answers)
        {
            if (!fields.ContainsKey(answer.FieldId))
            {
                throw new HelpdeskException(HelpdeskError.CustomFieldNotFound, $"Custom field {answer.FieldId} does not exist in this department.")
                {
                    FieldId = answer.FieldId,
                };
            }

            answered[answer.FieldId] = answer.Values;
        }

        foreach (var field in fields.Values.OrderBy(f => f.DisplayOrder))
        {
            CheckValue(field, answered.GetValueOrDefault(field.Id) ?? []);
        }
    }

    /// <summary>Checks the values given to one field; throws if they are not acceptable.</summary>
    public static void CheckValue(CustomField field, IReadOnlyList<string> values)
    {
        var present = Normalize(values);
        if (present.Count == 0)
        {
            if (field.IsRequired)
            {
                throw new HelpdeskException(HelpdeskError.RequiredCustomFieldEmpty, $"\"{field.Title}\" is required.") { FieldId = field.Id };
            }

            return;
        }

        if (!field.IsMultiValued && present.Count > 1)
        {
            throw Invalid(field, $"\"{field.Title}\" takes a single value.");
        }

        if (!field.HasOptions)
        {
            return;
        }

        var offered = field.Options.Select(o => o.Text).ToHashSet(StringComparer.Ordinal);
        var notOffered = present.FirstOrDefault(v => !offered.Contains(v));
        if (notOffered is not null)
        {
            throw Invalid(field, $"\"{notOffered}\" is not an option of \"{field.Title}\".");
        }

        if (present.Distinct(StringComparer.Ordinal).Count() != present.Count)
        {
            throw Invalid(field, $"\"{field.Title}\" lists an option twice.");
        }
    }

    /// <summary>
    /// The values worth storing: blank entries dropped. Text keeps its exact content otherwise,
    /// because whitespace inside a text area is the customer's.
    /// </summary>
    public static IReadOnlyList<string> Normalize(IReadOnlyList<string> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();

    private static HelpdeskException Invalid(CustomField field, string message) =>
        new(HelpdeskError.InvalidCustomFieldValue, message) { FieldId = field.Id };
}
