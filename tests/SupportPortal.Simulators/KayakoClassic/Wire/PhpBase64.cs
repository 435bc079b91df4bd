namespace SupportPortal.Simulators.KayakoClassic.Wire;

/// <summary>PHP's non-strict base64_decode: characters outside the alphabet are skipped, missing padding is forgiven.</summary>
internal static class PhpBase64
{
    public static byte[] Decode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var clean = new string(text.Where(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/').ToArray());
        if (clean.Length % 4 == 1)
        {
            clean = clean[..^1];
        }

        return Convert.FromBase64String(clean.PadRight(clean.Length + ((4 - (clean.Length % 4)) % 4), '='));
    }
}
