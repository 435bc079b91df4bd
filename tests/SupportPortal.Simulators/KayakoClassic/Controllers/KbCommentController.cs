using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>Knowledgebase/Comment (Knowledgebase\Api\Controller_Comment): list an article's comments and post one.</summary>
internal sealed class KbCommentController : RestController
{
    public KbCommentController() => Action("ListAll", ListAll);

    public override string App => "Knowledgebase";

    public override string Name => "Comment";

    public override RestResult GetList(RestCall call, RouteArguments arguments) => Render(call.Store.KbComments.Values);

    public override RestResult Get(RestCall call, RouteArguments arguments) =>
        Php.IsEmpty(arguments[0]) ? GetList(call, arguments) : Render(call.Store.KbComments.Values.Where(c => c.Id == Php.ToInt(arguments[0])));

    public override RestResult Post(RestCall call, RouteArguments arguments)
    {
        var store = call.Store;
        var form = call.Parameters;
        if (form["contents"] is not { } contents || contents.Trim().Length == 0)
        {
            return RestResult.BadRequest("Content field is empty");
        }

        if (Php.IsBlank(form["knowledgebasearticleid"]))
        {
            return RestResult.BadRequest("Article ID field is empty");
        }

        if (Php.IsBlank(form["creatortype"]))
        {
            return RestResult.BadRequest("Creator type field is empty");
        }

        if (!store.KbArticles.TryGetValue(Php.ToInt(form["knowledgebasearticleid"]), out var article))
        {
            return RestResult.BadRequest("Invalid knowledgebasearticleid");
        }

        var creatorId = Php.IsBlank(form["creatorid"]) ? 0 : Php.ToInt(form["creatorid"]);
        var email = form["email"] is { } given && given.Trim().Length > 0 ? given : string.Empty;
        // $_POST['creatortype'] == SWIFT_Comment::CREATOR_STAFF, a loose comparison with an integer.
        var requestedType = Php.IsNumeric(form["creatortype"]) ? Php.ToInt(form["creatortype"]) : -1;
        string fullName;
        int creatorType;
        if (requestedType == KbCommentRow.CreatorStaff)
        {
            if (store.StaffMember(creatorId) is not { } staff)
            {
                return RestResult.BadRequest("Invalid staff ID");
            }

            (creatorType, fullName) = (KbCommentRow.CreatorStaff, staff.FullName);
        }
        else if (requestedType == KbCommentRow.CreatorUser)
        {
            if (creatorId != 0)
            {
                if (store.User(creatorId) is not { } user)
                {
                    return RestResult.BadRequest("Invalid user ID");
                }

                fullName = user.FullName;
            }
            else if (form["fullname"] is { } name && name.Trim().Length > 0)
            {
                fullName = name;
            }
            else
            {
                return RestResult.BadRequest("Full name field is empty");
            }

            creatorType = KbCommentRow.CreatorUser;
        }
        else
        {
            return RestResult.BadRequest("Invalid creator type");
        }

        var comment = new KbCommentRow(
            store.NextCommentId(), article.Id, creatorType, creatorId, fullName, email, call.ClientIp, store.Now,
            Php.ToInt(form["parentcommentid"]), KbCommentRow.StatusApproved, string.Empty, string.Empty,
            "index.php?/Knowledgebase/Article/View/" + article.SeoSubject, contents);
        store.KbComments.Add(comment.Id, comment);
        return Render([comment]);
    }

    /// <summary>ListAll/$articleid$: every comment of the article, whatever its status, oldest first.</summary>
    private static RestResult ListAll(RestCall call, RouteArguments arguments) =>
        Php.IsEmpty(arguments[0])
            ? Render(call.Store.KbComments.Values)
            : Render(call.Store.KbComments.Values.Where(c => c.ArticleId == Php.ToInt(arguments[0])));

    private static RestResult Render(IEnumerable<KbCommentRow> comments)
    {
        var xml = new KayakoXml().Open("kbarticlecomments");
        foreach (var comment in comments.OrderBy(c => c.Id))
        {
            xml.Open("kbarticlecomment")
                .Tag("id", comment.Id)
                .Tag("kbarticleid", comment.ArticleId)
                .Tag("creatortype", comment.CreatorType)
                .Tag("creatorid", comment.CreatorId)
                .Tag("fullname", comment.FullName)
                .Tag("email", comment.Email)
                .Tag("ipaddress", comment.IpAddress)
                .Tag("dateline", comment.Dateline)
                .Tag("parentcommentid", comment.ParentCommentId)
                .Tag("commentstatus", comment.CommentStatus)
                .Tag("useragent", comment.UserAgent)
                .Tag("referrer", comment.Referrer)
                .Tag("parenturl", comment.ParentUrl)
                .Tag("contents", comment.Contents)
                .Close("kbarticlecomment");
        }

        return RestResult.Xml(xml.Close("kbarticlecomments"));
    }
}
