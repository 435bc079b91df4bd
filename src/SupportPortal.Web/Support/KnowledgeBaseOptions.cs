namespace SupportPortal.Web.Support;

/// <summary>Portal:KnowledgeBase — how long knowledge-base pages stay cached, how often search re-reads it, comment limits.</summary>
public sealed class KnowledgeBaseOptions
{
    public const string SectionName = "Portal:KnowledgeBase";

    /// <summary>Portal:KnowledgeBase:CacheDuration — how long categories, articles and their pages are served from cache.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Portal:KnowledgeBase:SearchRefreshInterval — how often the search index walks the knowledge base again.</summary>
    public TimeSpan SearchRefreshInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Portal:KnowledgeBase:CommentsPerAddress — comments one network address may post per <see cref="CommentWindow"/>.</summary>
    public int CommentsPerAddress { get; set; } = 5;

    /// <summary>Portal:KnowledgeBase:CommentWindow — the sliding window of <see cref="CommentsPerAddress"/>.</summary>
    public TimeSpan CommentWindow { get; set; } = TimeSpan.FromMinutes(10);
}
