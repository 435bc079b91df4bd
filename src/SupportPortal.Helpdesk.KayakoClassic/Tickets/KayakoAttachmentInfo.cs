using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.Tickets;

/// <summary>An attachment's metadata (Tickets/TicketAttachment/ListAll), tied to the post it came with.</summary>
internal sealed record KayakoAttachmentInfo(int Id, int PostId, string FileName, long Size, string ContentType)
{
    public const string Controller = "Tickets/TicketAttachment";

    public static KayakoAttachmentInfo From(XElement attachment) => new(
        attachment.Int("id", Controller),
        attachment.IntOrZero("ticketpostid"),
        attachment.Text("filename"),
        attachment.LongOrZero("filesize"),
        ContentTypeOf(attachment.Text("filetype")));

    public TicketAttachment ToContract() => new(Id, FileName, ContentType, Size);

    public static string ContentTypeOf(string fileType) =>
        string.IsNullOrWhiteSpace(fileType) ? "application/octet-stream" : fileType.Trim();
}
