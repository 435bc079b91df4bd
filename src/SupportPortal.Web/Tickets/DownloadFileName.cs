using System.Globalization;
using System.Text;

namespace SupportPortal.Web.Tickets;

/// <summary>
/// The Content-Disposition of an attachment download: always "attachment" (never shown inline), with the original
/// name as RFC 5987 <c>filename*</c> and an ASCII <c>filename</c> for old clients. A name comes from whoever
/// uploaded the file, so quotes, control characters (CR/LF would split the header) and path separators are
/// neutralised first.
/// </summary>
public static class DownloadFileName
{
    private const string Fallback = "attachment";
    private const int MaxLength = 200;

    public static string ContentDisposition(string? originalName)
    {
        var name = Neutralise(originalName);
        return $"attachment; filename=\"{AsciiFallback(name)}\"; filename*=UTF-8''{Rfc5987Encode(name)}";
    }

    /// <summary>The last path segment, without control characters, quotes or backslashes, and never empty.</summary>
    public static string Neutralise(string? originalName)
    {
        var name = originalName ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];

        var cleaned = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (rune.Value == '"')
            {
                cleaned.Append('\'');
            }
            else if (Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                // Format characters include the bidi overrides that make "evil\u202Etxt.exe" read as "evilexe.txt".
                cleaned.Append('_');
            }
            else
            {
                cleaned.Append(rune.ToString());
            }
        }

        var result = cleaned.ToString().Trim().Trim('.');
        if (result.Length > MaxLength)
        {
            result = Truncate(result);
        }

        return result.Length == 0 ? Fallback : result;
    }

    /// <summary>Printable ASCII only: anything else becomes '_' and '%' and ';' are avoided, which some clients misread.</summary>
    private static string AsciiFallback(string name)
    {
        var ascii = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            ascii.Append(c is >= ' ' and <= '~' and not '%' and not ';' and not '\\' and not '"' ? c : '_');
        }

        return ascii.ToString();
    }

    /// <summary>RFC 5987 ext-value: UTF-8 bytes, percent-encoded except attr-chars.</summary>
    private static string Rfc5987Encode(string name)
    {
        var encoded = new StringBuilder(name.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (IsAttrChar(b))
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    private static bool IsAttrChar(byte b) =>
        b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
        || b is (byte)'!' or (byte)'#' or (byte)'$' or (byte)'&' or (byte)'+' or (byte)'-' or (byte)'.'
            or (byte)'^' or (byte)'_' or (byte)'`' or (byte)'|' or (byte)'~';

    /// <summary>Keeps the extension, which tells the customer's computer what opens the file.</summary>
    private static string Truncate(string name)
    {
        var extension = Path.GetExtension(name);
        if (extension.Length > 20)
        {
            extension = "";
        }

        var stem = name[..^extension.Length];
        var keep = MaxLength - extension.Length;
        // Never cut a surrogate pair in half.
        if (keep > 0 && char.IsHighSurrogate(stem[keep - 1]))
        {
            keep--;
        }

        return stem[..keep] + extension;
    }
}
