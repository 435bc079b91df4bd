using System.Globalization;
using System.Text;
using SupportPortal.Helpdesk.KayakoClassic.ReferenceData;

namespace SupportPortal.Helpdesk.KayakoClassic.Tickets;

/// <summary>
/// Translates custom field values between the contract (option texts, one list entry per value) and Kayako's wire:
/// a ticket's choice fields are read as option texts (Kayako's own rendering) or option ids (stored values), and
/// written as option ids; several values arrive joined with ", " and a comma inside a value escaped as "\,".
/// </summary>
internal static class FieldValueText
{
    public static IReadOnlyList<string> Parse(KayakoField field, string raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }

        if (!field.Type.HasOptions())
        {
            return [raw];
        }

        if (!field.Type.IsMultiValued())
        {
            return [TextOf(field, raw.Trim()) ?? raw.Trim()];
        }

        var pieces = raw.Contains('\n') ? raw.Split('\n').ToList() : SplitOnUnescapedCommas(raw);
        return MatchOptions(field, pieces);
    }

    /// <summary>The option ids Kayako stores for the given option texts (already checked by <see cref="CustomFieldRules"/>).</summary>
    public static IReadOnlyList<string> OptionIds(KayakoField field, IReadOnlyList<string> texts) =>
        texts.Select(text => field.Options.First(o => o.Text == text).Id.ToString(CultureInfo.InvariantCulture)).ToList();

    /// <summary>
    /// Joins neighbouring pieces back together when together they make an option's text, so "Linux, Debian-based"
    /// stays one value even if the server did not escape its comma.
    /// </summary>
    private static List<string> MatchOptions(KayakoField field, List<string> pieces)
    {
        var values = new List<string>();
        var start = 0;
        while (start < pieces.Count)
        {
            var matched = false;
            for (var end = pieces.Count - 1; end >= start && !matched; end--)
            {
                var candidate = string.Join(',', pieces.GetRange(start, end - start + 1)).Trim();
                if (TextOf(field, candidate) is { } text)
                {
                    values.Add(text);
                    start = end + 1;
                    matched = true;
                }
            }

            if (!matched)
            {
                values.Add(pieces[start].Trim());
                start++;
            }
        }

        return values.Where(v => v.Length > 0).ToList();
    }

    /// <summary>The option's text for an option text or an option id; null if it is neither.</summary>
    private static string? TextOf(KayakoField field, string value)
    {
        if (field.Options.FirstOrDefault(o => o.Text == value) is { } byText)
        {
            return byText.Text;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? field.Options.FirstOrDefault(o => o.Id == id)?.Text
            : null;
    }

    private static List<string> SplitOnUnescapedCommas(string raw)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\' && i + 1 < raw.Length && raw[i + 1] == ',')
            {
                current.Append(',');
                i++;
            }
            else if (raw[i] == ',')
            {
                pieces.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(raw[i]);
            }
        }

        pieces.Add(current.ToString());
        return pieces;
    }
}
