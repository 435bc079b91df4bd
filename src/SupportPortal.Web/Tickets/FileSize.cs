using SupportPortal.Web.Localization;
using SupportPortal.Web.Tickets.Uploads;

namespace SupportPortal.Web.Tickets;

/// <summary>A file's size as people read it, in the current language: "812 bytes", "14.2 KB", "3 MB" ("14,2 KB" in German).</summary>
public static class FileSize
{
    public static string Text(long bytes) => bytes == 1 ? StaticText<TicketText>.Localizer["Size.OneByte"] : ByteSize.Format(bytes);
}
