using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>Knowledgebase/Article (Knowledgebase\Api\Controller_Article): read-only in the simulator; no rating endpoint exists.</summary>
internal sealed class KbArticleController : RestController
{
    public KbArticleController() => Action("ListAll", ListAll);

    public override string App => "Knowledgebase";

    public override string Name => "Article";

    public override RestResult GetList(RestCall call, RouteArguments arguments) => Render(call.Store, call.Store.KbArticles.Values, listed: false);

    public override RestResult Get(RestCall call, RouteArguments arguments) =>
        Php.IsEmpty(arguments[0])
            ? GetList(call, arguments)
            : Render(call.Store, call.Store.KbArticles.Values.Where(a => a.Id == Php.ToInt(arguments[0])), listed: false);

    /// <summary>
    /// ListAll/$categoryid$/$count$/$start$/$sortfield$/$sortorder$ (SWIFT_KnowledgebaseArticle::Retrieve): published
    /// articles of the category (0 = root), featured first, then by the helpdesk's article display order setting — the
    /// $sortfield$ argument is ignored. Subjects come HTML-escaped and cut to 65 characters, contentstext to 255.
    /// </summary>
    private static RestResult ListAll(RestCall call, RouteArguments arguments)
    {
        var categoryId = Php.ToInt(arguments[0]);
        var descending = string.Equals(arguments[4]?.Trim(), "DESC", StringComparison.OrdinalIgnoreCase);
        var linked = call.Store.KbArticles.Values.Where(a => a.CategoryIds.Contains(categoryId)).OrderByDescending(a => a.IsFeatured);
        var ordered = descending ? linked.ThenByDescending(a => a.Id) : linked.ThenBy(a => a.Id);

        var rowsPerPage = Php.IsEmpty(arguments[1]) ? -1 : Php.ToInt(arguments[1]);
        var page = ordered.Skip(Math.Max(0, Php.ToInt(arguments[2])));
        if (rowsPerPage > 0)
        {
            page = page.Take(rowsPerPage);
        }

        return Render(call.Store, page.Where(a => a.ArticleStatus == KbArticleRow.StatusPublished), listed: true);
    }

    private static RestResult Render(KayakoStore store, IEnumerable<KbArticleRow> articles, bool listed)
    {
        var xml = new KayakoXml().Open("kbarticles");
        foreach (var article in articles)
        {
            xml.Open("kbarticle")
                .Tag("kbarticleid", article.Id)
                .Tag("contents", article.Contents)
                .Tag("contentstext", listed ? StripName(article.ContentsText, 255) : article.ContentsText)
                .Open("categories");
            foreach (var category in article.CategoryIds)
            {
                xml.Tag("categoryid", category);
            }

            xml.Close("categories")
                .Tag("creator", article.Creator)
                .Tag("creatorid", article.CreatorId)
                .Tag("author", article.Author)
                .Tag("email", article.Email)
                .Tag("subject", listed ? HtmlSpecialChars(StripName(article.Subject, 65)) : article.Subject)
                .Tag("seosubject", article.SeoSubject)
                .Tag("isedited", 0)
                .Tag("editeddateline", 0)
                .Tag("editedstaffid", 0)
                .Tag("views", article.Views)
                .Tag("isfeatured", article.IsFeatured)
                .Tag("allowcomments", article.AllowComments)
                .Tag("totalcomments", store.KbComments.Values.Count(c => c.ArticleId == article.Id))
                .Tag("hasattachments", 0)
                .Open("attachments")
                .Close("attachments")
                .Tag("dateline", article.Dateline)
                .Tag("articlestatus", article.ArticleStatus)
                .Tag("articlerating", article.ArticleRating)
                .Tag("ratinghits", article.RatingHits)
                .Tag("ratingcount", article.RatingCount)
                .Close("kbarticle");
        }

        return RestResult.Xml(xml.Close("kbarticles"));
    }

    /// <summary>SWIFT's StripName: longer text is cut and marked with an ellipsis.</summary>
    private static string StripName(string text, int length) => text.Length > length ? text[..length] + "..." : text;

    private static string HtmlSpecialChars(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
