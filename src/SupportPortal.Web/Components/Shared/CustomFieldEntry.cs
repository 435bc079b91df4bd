using SupportPortal.Helpdesk;
using SupportPortal.Web.Localization;
using SupportPortal.Web.Tickets;

namespace SupportPortal.Web.Components.Shared;

/// <summary>
/// What the customer has entered in one custom field, starting from the field's default value or preselected options.
/// Choice fields keep their selection in the field's option order; multi-valued ones answer with a list.
/// </summary>
public sealed class CustomFieldEntry
{
    private readonly List<string> selected = [];

    public CustomFieldEntry(CustomField field)
    {
        Field = field;
        Options = field.Options.OrderBy(o => o.Order).ToList();
        if (field.HasOptions)
        {
            var preselected = Options.Where(o => o.Selected).Select(o => o.Text);
            selected.AddRange(field.IsMultiValued ? preselected : preselected.Take(1));
        }
        else
        {
            Text = field.DefaultValue ?? "";
        }
    }

    public CustomField Field { get; }

    /// <summary>The field's options in display order.</summary>
    public IReadOnlyList<CustomFieldOption> Options { get; }

    /// <summary>The text typed into a text, text area or password field.</summary>
    public string Text { get; set; } = "";

    /// <summary>The options picked, in display order.</summary>
    public IReadOnlyList<string> Selected => selected;

    /// <summary>The one option picked in a radio group or select, or null.</summary>
    public string? Choice
    {
        get => selected.FirstOrDefault();
        set
        {
            selected.Clear();
            if (!string.IsNullOrEmpty(value))
            {
                selected.Add(value);
            }
        }
    }

    /// <summary>The sentence shown under the field when its value breaks a rule; null when it is fine.</summary>
    public string? Problem { get; set; }

    /// <summary>What is sent: the picked options, or the text as a single value (none when empty).</summary>
    public IReadOnlyList<string> Values => Field.HasOptions ? selected.ToList() : Text.Length == 0 ? [] : [Text];

    public bool IsSelected(string option) => selected.Contains(option, StringComparer.Ordinal);

    public void SetSelected(string option, bool on)
    {
        var picked = selected.Where(s => s != option).ToList();
        if (on)
        {
            picked.Add(option);
        }

        Select(picked);
    }

    public void Select(IEnumerable<string> options)
    {
        var picked = options.ToHashSet(StringComparer.Ordinal);
        selected.Clear();

        // Offered options in display order first; anything else stays, for the rules to refuse.
        selected.AddRange(Options.Select(o => o.Text).Where(picked.Contains));
        selected.AddRange(picked.Where(p => !Options.Any(o => o.Text == p)));
    }

    public CustomFieldAnswer ToAnswer() => new(Field.Id, Values);

    /// <summary>Applies <see cref="CustomFieldRules"/>, the same check the server makes; true when the value is acceptable.</summary>
    public bool Validate()
    {
        Problem = TicketSubmission.Check(Field, Values) is { } problem ? Describe(problem, Field) : null;
        return Problem is null;
    }

    /// <summary>
    /// A custom field's problem in the customer's language. The rules word theirs in English for the helpdesk's logs;
    /// the form only lets a customer leave a required field empty, the rest are tampering or a changed form.
    /// </summary>
    public static string Describe(DraftProblem problem, CustomField field)
    {
        var text = StaticText<TicketText>.Localizer;
        return problem.Error switch
        {
            HelpdeskError.RequiredCustomFieldEmpty => text["Field.Required", field.Title],
            HelpdeskError.InvalidCustomFieldValue when field.HasOptions => text["Field.NotAnOption", field.Title],
            HelpdeskError.InvalidCustomFieldValue => text["Field.SingleValue", field.Title],
            _ => text["Field.CheckAnswer"],
        };
    }
}
