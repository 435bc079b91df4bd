namespace SupportPortal.Helpdesk.Embedded;

/// <summary>Cleans what a browser says about an uploaded file before it is stored and later sent back in headers.</summary>
internal static class AttachmentMetadata
{
    private const int MaxLength = 255;
    private const string FallbackFileName = "attachment";
    private const string FallbackContentType = "application/octet-stream";

    /// <summary>The bare file name: no folders (either slash), no control characters, at most 255 characters.</summary>
    public static string FileName(string? name)
    {
        var bare = (name ?? "").Split('/', '\\').Last();
        var clean = new string(bare.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length == 0 || clean is "." or "..")
        {
            return FallbackFileName;
        }

        return clean.Length <= MaxLength ? clean : clean[..MaxLength];
    }

    /// <summary>The declared MIME type, or application/octet-stream when none (or something unusable) was given.</summary>
    public static string ContentType(string? contentType)
    {
        var clean = contentType?.Trim() ?? "";
        var usable = clean.Length is > 0 and <= MaxLength && clean.Contains('/') && !clean.Any(char.IsControl);
        return usable ? clean : FallbackContentType;
    }
}
