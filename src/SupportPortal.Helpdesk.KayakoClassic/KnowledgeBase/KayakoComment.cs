using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.KnowledgeBase;

/// <summary>
/// A comment on an article (Knowledgebase/Comment). Kayako moderates comments: only approved ones are shown,
/// as in Kayako's own support center.
/// </summary>
internal sealed record KayakoComment(int Id, string FullName, DateTimeOffset Date, string Contents, bool IsApproved)
{
    public const string Controller = "Knowledgebase/Comment";

    // SWIFT_Comment: 1 pending, 2 approved, 3 spam. A reply without a status is taken as approved.
    private const string Approved = "2";

    public static KayakoComment From(XElement comment) => new(
        comment.Int("id", Controller),
        comment.Text("fullname"),
        comment.UnixTimeOrEpoch("dateline"),
        comment.Text("contents"),
        (comment.Optional("commentstatus")?.Trim() ?? Approved) == Approved);

    public ArticleComment ToContract() => new(FullName, Date, Contents);
}
