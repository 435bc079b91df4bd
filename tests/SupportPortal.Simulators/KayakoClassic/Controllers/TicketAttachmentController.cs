using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>Tickets/TicketAttachment (Controller_TicketAttachment): list, download (base64), upload and delete files.</summary>
internal sealed class TicketAttachmentController : RestController
{
    public TicketAttachmentController() => Action("ListAll", (call, arguments) => ListAll(call, arguments[0], null));

    public override string App => "Tickets";

    public override string Name => "TicketAttachment";

    public override RestResult GetList(RestCall call, RouteArguments arguments) =>
        RestResult.BadRequest("Not Implemented, Call /Tickets/TicketAttachment/ListAll instead.");

    public override RestResult Get(RestCall call, RouteArguments arguments)
    {
        var (attachment, refusal) = Find(call, arguments);
        if (refusal is not null)
        {
            return refusal;
        }

        var xml = new KayakoXml().Open("attachments").Open("attachment");
        Columns(xml, attachment!);
        xml.Tag("contents", Convert.ToBase64String(attachment!.Contents));
        return RestResult.Xml(xml.Close("attachment").Close("attachments"));
    }

    public override RestResult Post(RestCall call, RouteArguments arguments)
    {
        var store = call.Store;
        var form = call.Parameters;
        if (Php.IsBlank(form["ticketid"]))
        {
            return RestResult.BadRequest("No Ticket ID Specified");
        }

        if (Php.IsBlank(form["ticketpostid"]))
        {
            return RestResult.BadRequest("No Ticket Post ID Specified");
        }

        var ticket = store.TicketByIdOrMask(form["ticketid"]);
        if (ticket is null)
        {
            return RestResult.NotFound("Ticket not Found");
        }

        if (!Php.TryArrayKey(form["ticketpostid"], out var postId) || !store.Posts.TryGetValue(postId, out var post) || post.TicketId != ticket.Id)
        {
            return RestResult.NotFound("Ticket Post not found");
        }

        if (Php.IsBlank(form["filename"]))
        {
            return RestResult.BadRequest("No file name specified");
        }

        if (!form.Has("contents"))
        {
            return RestResult.BadRequest("No contents specified");
        }

        var attachment = store.AddAttachment(post, form["filename"]!, PhpBase64.Decode(form["contents"]), store.Now);
        return ListAll(call, Php.Str(ticket.Id), attachment.Id);
    }

    public override RestResult Delete(RestCall call, RouteArguments arguments)
    {
        var (attachment, refusal) = Find(call, arguments);
        if (refusal is not null)
        {
            return refusal;
        }

        call.Store.Attachments.Remove(attachment!.Id);
        if (call.Store.Posts.TryGetValue(attachment.TicketPostId, out var post) && !call.Store.AttachmentsOfPost(post.Id).Any())
        {
            post.HasAttachments = 0;
        }

        return RestResult.Empty();
    }

    private static RestResult ListAll(RestCall call, string? ticketArgument, int? attachmentId)
    {
        if (call.Store.TicketByIdOrMask(ticketArgument) is null)
        {
            return RestResult.NotFound("Ticket not Found");
        }

        var ticketId = Php.ToInt(ticketArgument);
        var xml = new KayakoXml().Open("attachments");
        foreach (var attachment in call.Store.Attachments.Values.Where(a => a.TicketId == ticketId && (attachmentId is null || a.Id == attachmentId)))
        {
            xml.Open("attachment");
            Columns(xml, attachment);
            xml.Close("attachment");
        }

        return RestResult.Xml(xml.Close("attachments"));
    }

    /// <summary>The ticket, then the attachment, then that the attachment belongs to the ticket — with Kayako's answers.</summary>
    private static (TicketAttachmentRow? Attachment, RestResult? Refusal) Find(RestCall call, RouteArguments arguments)
    {
        if (call.Store.TicketByIdOrMask(arguments[0]) is null)
        {
            return (null, RestResult.NotFound("Ticket not Found"));
        }

        if (!Php.TryArrayKey(arguments[1], out var attachmentId) || !call.Store.Attachments.TryGetValue(attachmentId, out var attachment))
        {
            return (null, RestResult.NotFound("Attachment not Found"));
        }

        return attachment.TicketId != Php.ToInt(arguments[0])
            ? (null, RestResult.BadRequest("Attachment does not belong to the specified ticket"))
            : (attachment, null);
    }

    private static void Columns(KayakoXml xml, TicketAttachmentRow attachment) =>
        xml.Tag("id", attachment.Id)
            .Tag("ticketid", attachment.TicketId)
            .Tag("ticketpostid", attachment.TicketPostId)
            .Tag("filename", attachment.FileName)
            .Tag("filesize", attachment.FileSize)
            .Tag("filetype", attachment.FileType)
            .Tag("dateline", attachment.Dateline);
}
