namespace SupportPortal.Web.Tickets.Uploads;

/// <summary>
/// Turns the name a browser sends into one that is safe to show, store and send on: no folders, no control or
/// reserved characters, at most 255 characters with the extension kept. The name never becomes a path on disk.
/// </summary>
public static class UploadFileName
{
    public const int MaxLength = 255;
    public const string Fallback = "attachment";

    private const int MaxKeptExtension = 16;

    private static readonly HashSet<string> ReservedDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string Neutralise(string? sent)
    {
        var bare = (sent ?? "").Trim('"').Split('/', '\\').Last();
        var clean = new string(bare.Where(c => !char.IsControl(c) && c is not ('<' or '>' or ':' or '"' or '|' or '?' or '*')).ToArray());

        // Windows drops trailing dots and spaces; a leading dot would hide the file on Unix.
        clean = clean.Trim().Trim('.').Trim();
        if (clean.Length == 0)
        {
            return Fallback;
        }

        var extension = Path.GetExtension(clean);
        var stem = clean[..^extension.Length];
        if (ReservedDeviceNames.Contains(stem))
        {
            stem = "_" + stem;
        }

        if (extension.Length > MaxKeptExtension)
        {
            (stem, extension) = (stem + extension, "");
        }

        if (stem.Length + extension.Length > MaxLength)
        {
            stem = stem[..(MaxLength - extension.Length)].TrimEnd();
        }

        return stem.Length == 0 ? Fallback + extension : stem + extension;
    }
}
