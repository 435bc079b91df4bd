namespace SupportPortal.Helpdesk;

/// <summary>
/// What a backend can do beyond the Integration API's functions; pages hide what it cannot.
/// </summary>
/// <param name="KnowledgeBaseSearch">The backend searches its knowledge base itself (otherwise the portal indexes it).</param>
/// <param name="ArticleComments">Customers can comment on articles.</param>
/// <param name="CloseAndReopen">Customers can close and reopen their own tickets by changing the status.</param>
/// <param name="AttachmentsOnSubmit">A new ticket can carry attachments.</param>
/// <param name="AttachmentsOnReply">A reply can carry attachments.</param>
public sealed record HelpdeskCapabilities(
    bool KnowledgeBaseSearch,
    bool ArticleComments,
    bool CloseAndReopen,
    bool AttachmentsOnSubmit,
    bool AttachmentsOnReply)
{
    public static HelpdeskCapabilities All { get; } = new(true, true, true, true, true);
}
