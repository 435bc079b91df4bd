namespace SupportPortal.Simulators.KayakoClassic.Wire;

/// <summary>
/// SWIFT_MIMEList in short: Kayako derives an attachment's type from its file extension and falls back to
/// application/octet-stream; it ignores any type the client sends.
/// </summary>
internal static class MimeTypes
{
    private const string Fallback = "application/octet-stream";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        ["txt"] = "text/plain",
        ["log"] = "text/plain",
        ["csv"] = "text/csv",
        ["htm"] = "text/html",
        ["html"] = "text/html",
        ["xml"] = "text/xml",
        ["json"] = "application/json",
        ["pdf"] = "application/pdf",
        ["zip"] = "application/zip",
        ["gz"] = "application/x-gzip",
        ["doc"] = "application/msword",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["xls"] = "application/vnd.ms-excel",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["png"] = "image/png",
        ["gif"] = "image/gif",
        ["jpg"] = "image/jpeg",
        ["jpeg"] = "image/jpeg",
        ["bmp"] = "image/bmp",
        ["svg"] = "image/svg+xml",
        ["mp3"] = "audio/mpeg",
        ["mp4"] = "video/mp4",
    };

    /// <summary>The type for a file name, by the text after its last dot.</summary>
    public static string ForFileName(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        var extension = dot < 0 ? fileName : fileName[(dot + 1)..];
        return ByExtension.GetValueOrDefault(extension, Fallback);
    }
}
