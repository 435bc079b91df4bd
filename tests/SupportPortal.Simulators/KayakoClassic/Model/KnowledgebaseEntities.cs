namespace SupportPortal.Simulators.KayakoClassic.Model;

/// <summary>A row of swkbcategories.</summary>
internal sealed record KbCategoryRow(
    int Id, int ParentId, int StaffId, string Title, int CategoryType, int DisplayOrder, int AllowComments, int UserVisibilityCustom,
    IReadOnlyList<int> UserGroupIds, int StaffVisibilityCustom, IReadOnlyList<int> StaffGroupIds, int AllowRating, int IsPublished);

/// <summary>A row of swkbarticles with its data and category links.</summary>
internal sealed class KbArticleRow
{
    /// <summary>SWIFT_KnowledgebaseArticle: unlike tickets, 1 is a user and 2 a staff member.</summary>
    public const int CreatorStaff = 2;

    public const int StatusPublished = 1;

    public required int Id { get; init; }

    public required IReadOnlyList<int> CategoryIds { get; init; }

    public required string Contents { get; init; }

    public required string ContentsText { get; init; }

    public int Creator { get; init; } = CreatorStaff;

    public int CreatorId { get; init; } = 1;

    public string Author { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;

    public required string Subject { get; init; }

    public required string SeoSubject { get; init; }

    public int Views { get; set; }

    public int IsFeatured { get; init; }

    public int AllowComments { get; init; } = 1;

    public required long Dateline { get; init; }

    /// <summary>1 published, 2 draft, 3 pending approval.</summary>
    public int ArticleStatus { get; init; } = StatusPublished;

    /// <summary>Votes: each helpful vote adds 5 to <see cref="RatingCount"/>, each vote 1 to <see cref="RatingHits"/>.</summary>
    public int RatingHits { get; init; }

    public int RatingCount { get; init; }

    /// <summary>SWIFT_KnowledgebaseArticle::CalculateArticleRating: count / hits, rounded up to a half, as text.</summary>
    public string ArticleRating
    {
        get
        {
            if (RatingHits == 0)
            {
                return "0";
            }

            var rating = Math.Min(5, Math.Ceiling((double)RatingCount / RatingHits * 2) / 2);
            return rating <= 0 ? "0" : rating.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>A row of swcomments of type knowledgebase.</summary>
internal sealed record KbCommentRow(
    int Id, int ArticleId, int CreatorType, int CreatorId, string FullName, string Email, string IpAddress, long Dateline,
    int ParentCommentId, int CommentStatus, string UserAgent, string Referrer, string ParentUrl, string Contents)
{
    public const int CreatorStaff = 1;
    public const int CreatorUser = 2;
    public const int StatusApproved = 2;
}
