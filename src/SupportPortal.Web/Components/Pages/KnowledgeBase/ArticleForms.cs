namespace SupportPortal.Web.Components.Pages.KnowledgeBase;

/// <summary>The two forms of an article page, by the names their posts carry.</summary>
public static class ArticleForms
{
    public const string Rate = "kb-rate";
    public const string Comment = "kb-comment";
    public const string Helpful = "helpful";
    public const string NotHelpful = "not-helpful";
}

/// <summary>What became of this visitor's "Was this article helpful?" answer.</summary>
public enum VoteOutcome
{
    NotAsked,
    Counted,
    AlreadyCounted,
    Failed,
}

/// <summary>What became of a comment sent with this request.</summary>
public enum CommentOutcome
{
    NotSent,
    Posted,
    NeedsCorrection,
    TooMany,
    Failed,
}

/// <summary>What is wrong with one field of the comment form.</summary>
public enum FieldProblem
{
    None,
    Missing,
    TooLong,
}

/// <summary>
/// The comment form as the visitor filled it in: kept as typed when something is wrong, so nothing is lost.
/// Lengths are counted after trimming, as the comment is stored.
/// </summary>
public sealed record CommentDraft(string Name, string Text)
{
    public const int MaxNameLength = 80;
    public const int MaxTextLength = 2000;

    public static CommentDraft Empty { get; } = new(string.Empty, string.Empty);

    public FieldProblem NameProblem => Check(Name, MaxNameLength);

    public FieldProblem TextProblem => Check(Text, MaxTextLength);

    public bool IsValid => NameProblem == FieldProblem.None && TextProblem == FieldProblem.None;

    private static FieldProblem Check(string value, int maxLength) => value.Trim() switch
    {
        { Length: 0 } => FieldProblem.Missing,
        { Length: var length } when length > maxLength => FieldProblem.TooLong,
        _ => FieldProblem.None,
    };
}
