using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.KnowledgeBase;

/// <summary>
/// A knowledge-base article (Knowledgebase/Article); only published articles reach customers. Kayako counts
/// <paramref name="RatingHits"/> votes and keeps in <paramref name="RatingCount"/> a score that a helpful vote
/// raises by 5 and an unhelpful one lowers by 5, never below 0 (SWIFT_KnowledgebaseArticle::MarkAsHelpful);
/// count / hits is the average out of 5.
/// </summary>
internal sealed record KayakoArticle(
    int Id,
    string Subject,
    string Contents,
    IReadOnlyList<int> CategoryIds,
    DateTimeOffset Date,
    bool IsPublished,
    int RatingHits,
    int RatingCount)
{
    public const string Controller = "Knowledgebase/Article";

    // kyKnowledgebaseArticle::STATUS_PUBLISHED; 2 is a draft.
    private const string Published = "1";

    public static KayakoArticle From(XElement article) => new(
        article.Int("kbarticleid", Controller),
        article.Text("subject"),
        article.Text("contents"),
        article.Element("categories")?.Elements("categoryid").Select(c => int.TryParse(c.Value.Trim(), out var id) ? id : 0).ToList() ?? [],
        article.UnixTimeOrEpoch("dateline"),
        (article.Optional("articlestatus")?.Trim() ?? Published) == Published,
        article.IntOrZero("ratinghits"),
        article.IntOrZero("ratingcount"));
}
