namespace SupportPortal.Helpdesk.KayakoClassic.KnowledgeBase;

/// <summary>
/// Helpful / not helpful votes mapped onto the Integration API's 1..5 the way the embedded backend does:
/// round(1 + 4 × helpful / votes), half away from zero; an article nobody voted on rates a neutral 3.
/// </summary>
internal static class ArticleRating
{
    public const int Unrated = 3;

    public static int FromVotes(double helpful, double unhelpful)
    {
        var votes = helpful + unhelpful;
        return votes <= 0
            ? Unrated
            : (int)Math.Round(1 + (4.0 * helpful / votes), MidpointRounding.AwayFromZero);
    }
}
