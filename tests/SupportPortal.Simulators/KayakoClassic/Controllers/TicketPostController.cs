using System.Text.RegularExpressions;
using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Rendering;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>Tickets/TicketPost (Controller_TicketPost): a ticket's posts with their files, and replies.</summary>
internal sealed partial class TicketPostController : RestController
{
    public TicketPostController() => Action("ListAll", (call, arguments) => ListAll(call, arguments[0], null));

    public override string App => "Tickets";

    public override string Name => "TicketPost";

    public override RestResult GetList(RestCall call, RouteArguments arguments) =>
        RestResult.BadRequest("Not Implemented, Call /Tickets/TicketPost/ListAll instead.");

    public override RestResult Get(RestCall call, RouteArguments arguments)
    {
        if (call.Store.TicketByIdOrMask(arguments[0]) is null)
        {
            return RestResult.NotFound("Ticket not Found");
        }

        if (!Php.TryArrayKey(arguments[1], out var postId) || !call.Store.Posts.TryGetValue(postId, out var post))
        {
            return RestResult.NotFound("Ticket Post not Found");
        }

        return post.TicketId != Php.ToInt(arguments[0])
            ? RestResult.BadRequest("Post does not belong to the specified ticket")
            : ListAll(call, arguments[0], postId);
    }

    public override RestResult Post(RestCall call, RouteArguments arguments)
    {
        var store = call.Store;
        var form = call.Parameters;
        if (Php.IsBlank(form["ticketid"]))
        {
            return RestResult.BadRequest("No Ticket ID Specified");
        }

        if (Php.IsBlank(form["contents"]))
        {
            return RestResult.BadRequest("No Contents Specified");
        }

        if (Php.IsBlank(form["userid"]) && Php.IsBlank(form["staffid"]))
        {
            return RestResult.BadRequest("Staff ID and User ID is empty");
        }

        var ticket = store.TicketByIdOrMask(form["ticketid"]);
        if (ticket is null)
        {
            return RestResult.NotFound("Ticket not Found");
        }

        var files = Files(form);
        var now = store.Now;
        TicketPostRow post;
        if (!Php.IsEmpty(form["userid"]))
        {
            if (store.User(Php.ToInt(form["userid"])) is not { } user)
            {
                return RestResult.BadRequest("User ID is Invalid");
            }

            post = store.AddPost(new TicketPostRow
            {
                Id = store.NextPostId(),
                TicketId = ticket.Id,
                Dateline = now,
                UserId = user.Id,
                FullName = user.FullName,
                Email = user.Emails.FirstOrDefault() ?? string.Empty,
                IpAddress = call.ClientIp,
                Creator = TicketRow.CreatorUser,
                Contents = form["contents"]!,
            });
            ticket.LastUserReplyTime = now;
        }
        else
        {
            if (store.StaffMember(Php.ToInt(form["staffid"])) is not { } staff)
            {
                return RestResult.BadRequest("Staff ID is Invalid");
            }

            post = store.AddPost(new TicketPostRow
            {
                Id = store.NextPostId(),
                TicketId = ticket.Id,
                Dateline = now,
                UserId = 0,
                FullName = staff.FullName,
                Email = staff.Email,
                Creator = TicketRow.CreatorStaff,
                StaffId = staff.Id,
                IsHtml = HtmlTag().IsMatch(form["contents"]!) ? 1 : 0,
                IsPrivate = Php.ToInt(form["isprivate"]) == 0 ? 0 : 1,
                Contents = form["contents"]!,
            });
            ticket.LastStaffReplyTime = now;
        }

        foreach (var (fileName, contents) in files)
        {
            store.AddAttachment(post, fileName, contents, now);
        }

        ticket.LastActivity = now;
        ticket.LastReplier = post.FullName;
        ticket.TotalReplies++;
        return ListAll(call, Php.Str(ticket.Id), post.Id);
    }

    /// <summary>
    /// The posts of a ticket. The ticket is found by id or mask, but its posts are then selected with the raw argument,
    /// so a mask finds the ticket and no posts, as in Kayako.
    /// </summary>
    private static RestResult ListAll(RestCall call, string? ticketArgument, int? postId)
    {
        if (call.Store.TicketByIdOrMask(ticketArgument) is null)
        {
            return RestResult.NotFound("Ticket not Found");
        }

        var ticketId = Php.ToInt(ticketArgument);
        var posts = call.Store.PostsOf(ticketId).Where(p => postId is null || p.Id == postId);
        return RestResult.Xml(PostXml.RenderWithAttachments(call.Store, posts));
    }

    /// <summary>filename/filecontent, filename0..9/filecontent0..9: files posted with the reply, contents in base64.</summary>
    private static List<(string FileName, byte[] Contents)> Files(PhpParameters form)
    {
        var files = new List<(string, byte[])>();
        foreach (var name in form.Names)
        {
            var match = FileNameParameter().Match(name);
            var contentParameter = "filecontent" + match.Groups[1].Value;
            if (match.Success && form[name] is { } fileName && form.Has(contentParameter))
            {
                files.Add((fileName, PhpBase64.Decode(form[contentParameter])));
            }
        }

        return files;
    }

    [GeneratedRegex("^filename([0-9]{0,1})$")]
    private static partial Regex FileNameParameter();

    [GeneratedRegex("<[a-zA-Z][^>]*>")]
    private static partial Regex HtmlTag();
}
