using System.Globalization;
using System.Text.RegularExpressions;

namespace SupportPortal.Simulators.KayakoClassic.Wire;

/// <summary>
/// The few PHP semantics Kayako's controllers rely on (empty(), (int) casts, is_numeric, array keys),
/// so the simulator accepts and refuses exactly the same inputs.
/// </summary>
internal static partial class Php
{
    /// <summary>PHP's empty() on a request string: null, "" and "0" are empty.</summary>
    public static bool IsEmpty(string? value) => value is null or "" or "0";

    /// <summary>The usual Kayako check <c>!isset($x) || empty($x) || trim($x) == ''</c>.</summary>
    public static bool IsBlank(string? value) => IsEmpty(value) || value!.Trim().Length == 0;

    /// <summary>PHP's (int) cast: the leading integer of the string, 0 if there is none.</summary>
    public static int ToInt(string? value)
    {
        if (value is null)
        {
            return 0;
        }

        var match = LeadingInteger().Match(value);
        return match.Success && int.TryParse(match.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite, CultureInfo.InvariantCulture, out var number)
            ? number
            : 0;
    }

    /// <summary>PHP's is_numeric for the ids Kayako receives.</summary>
    public static bool IsNumeric(string? value) =>
        value is not null && Numeric().IsMatch(value);

    /// <summary>
    /// The integer a string stands for when used as a PHP array key ("5" is key 5, "05" or "5a" are not), as in
    /// <c>isset($_departmentCache[$_POST['departmentid']])</c>.
    /// </summary>
    public static bool TryArrayKey(string? value, out int key)
    {
        key = 0;
        return value is not null && CanonicalInteger().IsMatch(value) && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out key);
    }

    /// <summary>Where PHP 7 passes an integer to SWIFT_XML, 0 renders as an empty element (<c>0 == ''</c>).</summary>
    public static string IntForXml(int value) => value == 0 ? string.Empty : value.ToString(CultureInfo.InvariantCulture);

    public static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Str(long value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*[+-]?\d+")]
    private static partial Regex LeadingInteger();

    [GeneratedRegex(@"^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(0|-?[1-9]\d{0,9})$")]
    private static partial Regex CanonicalInteger();
}
