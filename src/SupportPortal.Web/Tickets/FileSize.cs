using System.Globalization;

namespace SupportPortal.Web.Tickets;

/// <summary>A file's size as people read it: "812 bytes", "14.2 KB", "3 MB".</summary>
public static class FileSize
{
    public static string Text(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024d * 1024 * 1024):0.#} GB"),
        >= 1024 * 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024d * 1024):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes / 1024d:0.#} KB"),
        1 => "1 byte",
        _ => string.Create(CultureInfo.CurrentCulture, $"{bytes} bytes"),
    };
}
