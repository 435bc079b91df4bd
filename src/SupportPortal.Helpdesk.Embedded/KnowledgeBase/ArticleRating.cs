namespace SupportPortal.Helpdesk.Embedded;

/// <summary>
/// The Integration API rates articles 1 to 5, but visitors only vote "helpful" or "not helpful".
/// The rating is the helpful share mapped onto 1..5: round(1 + 4 × helpful / votes), half away from zero;
/// an article nobody has voted on rates a neutral 3.
/// </summary>
internal static class ArticleRating
{
    public const int Unrated = 3;

    public static int FromVotes(int helpful, int unhelpful)
    {
        var votes = (long)helpful + unhelpful;
        return votes <= 0
            ? Unrated
            : (int)Math.Round(1 + (4.0 * helpful / votes), MidpointRounding.AwayFromZero);
    }
}
