using Microsoft.Net.Http.Headers;

namespace SupportPortal.Web.Tickets;

/// <summary>
/// The Content-Type an attachment is served with. The helpdesk's type is kept only when it is on a short list of
/// types a browser cannot run as a page or script (no HTML, SVG, XML or JavaScript, which could carry script on
/// the portal's origin); anything else is application/octet-stream.
/// </summary>
public static class DownloadContentType
{
    public const string Binary = "application/octet-stream";

    private static readonly HashSet<string> Safe = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/plain", "text/csv",
        "image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp",
        "application/pdf", "application/json", "application/zip", "application/gzip", "application/x-7z-compressed",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
        "audio/mpeg", "video/mp4",
    };

    /// <summary>The media type alone (parameters dropped), when safe; <see cref="Binary"/> otherwise.</summary>
    public static string For(string? backendType)
    {
        if (!MediaTypeHeaderValue.TryParse(backendType, out var parsed) || parsed.MediaType.Value is not { } mediaType)
        {
            return Binary;
        }

        return Safe.Contains(mediaType) ? mediaType.ToLowerInvariant() : Binary;
    }
}
