namespace SupportPortal.Helpdesk.KayakoClassic.KnowledgeBase;

/// <summary>
/// Knowledgebase/Article/ListAll does not send an article's subject as written: it HTML-escapes it and cuts it
/// to 65 characters with "..." appended (SWIFT's StripName). A listed subject that may have been changed so is
/// read again by id; the others are exact already, which spares a call per article.
/// </summary>
internal static class ListedSubject
{
    /// <summary>StripName's cut: longer subjects arrive as their first 65 characters and "...".</summary>
    public const int ListedLength = 65;

    private const string Ellipsis = "...";

    /// <summary>
    /// True when the listed subject may differ from the article's own: it holds an escape ('&amp;' appears only
    /// escaped, or as the start of an escape) or is as long as a cut one and ends in the ellipsis.
    /// </summary>
    public static bool MayBeAltered(string listed) =>
        listed.Contains('&', StringComparison.Ordinal)
        || (listed.EndsWith(Ellipsis, StringComparison.Ordinal) && listed.Length >= ListedLength + Ellipsis.Length);
}
