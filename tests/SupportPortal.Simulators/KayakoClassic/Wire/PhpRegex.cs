using System.Text.RegularExpressions;

namespace SupportPortal.Simulators.KayakoClassic.Wire;

/// <summary>@preg_match for a custom field's regexpvalidate ("/pattern/flags"); an unusable pattern never matches.</summary>
internal static class PhpRegex
{
    public static bool IsMatch(string pattern, string value)
    {
        if (pattern.Length < 2)
        {
            return false;
        }

        var delimiter = pattern[0];
        var end = pattern.LastIndexOf(delimiter);
        if (char.IsAsciiLetterOrDigit(delimiter) || end <= 0)
        {
            return false;
        }

        var options = RegexOptions.None;
        foreach (var flag in pattern[(end + 1)..])
        {
            options |= flag switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => RegexOptions.None,
            };
        }

        try
        {
            return Regex.IsMatch(value, pattern[1..end], options, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
