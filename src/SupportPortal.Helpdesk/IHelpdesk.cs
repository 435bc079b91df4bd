namespace SupportPortal.Helpdesk;

/// <summary>
/// One backend of the portal. Mirrors the Kayako Integration API function by function
/// (seed 002); a failure throws <see cref="HelpdeskException"/>.
/// Every per-ticket call takes the customer's e-mail and refuses a ticket that is not theirs
/// with <see cref="HelpdeskError.TicketNotOwned"/>.
/// </summary>
public interface IHelpdesk
{
    /// <summary>What this backend can do beyond the Integration API's functions.</summary>
    HelpdeskCapabilities Capabilities { get; }

    // Knowledge base

    /// <summary>getKnowledgeBaseCategories: child categories of <paramref name="categoryId"/> (0 = root) and its breadcrumbs.</summary>
    Task<KnowledgeBaseCategoryList> GetKnowledgeBaseCategoriesAsync(int categoryId, CancellationToken cancellationToken = default);

    /// <summary>getKnowledgeBaseArticles: the articles directly inside a category (0 = root).</summary>
    Task<IReadOnlyList<KnowledgeBaseArticleSummary>> GetKnowledgeBaseArticlesAsync(int categoryId, CancellationToken cancellationToken = default);

    /// <summary>getKnowledgeBaseArticle: the whole article with breadcrumbs and comments, earliest comment first.</summary>
    Task<KnowledgeBaseArticle> GetKnowledgeBaseArticleAsync(int articleId, CancellationToken cancellationToken = default);

    /// <summary>rateKnowledgeBaseArticle: <paramref name="helpful"/> true rates positively.</summary>
    Task RateKnowledgeBaseArticleAsync(int articleId, bool helpful, CancellationToken cancellationToken = default);

    /// <summary>addKnowledgeBaseArticleComment: returns the new comment's id.</summary>
    Task<int> AddKnowledgeBaseArticleCommentAsync(int articleId, string posterName, string comment, CancellationToken cancellationToken = default);

    // Reference data

    /// <summary>getDepartmentList.</summary>
    Task<IReadOnlyList<Department>> GetDepartmentsAsync(CancellationToken cancellationToken = default);

    /// <summary>getDepartmentCustomFields: the department's custom field groups with their fields.</summary>
    Task<IReadOnlyList<CustomFieldGroup>> GetDepartmentCustomFieldsAsync(int departmentId, CancellationToken cancellationToken = default);

    /// <summary>getPriorityList.</summary>
    Task<IReadOnlyList<TicketPriority>> GetPrioritiesAsync(CancellationToken cancellationToken = default);

    /// <summary>getStatusList.</summary>
    Task<IReadOnlyList<TicketStatus>> GetStatusesAsync(CancellationToken cancellationToken = default);

    // The customer's tickets

    /// <summary>getTotalSubmittedTickets: how many tickets the customer has.</summary>
    Task<int> GetTotalSubmittedTicketsAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>
    /// getSubmittedTicketsWithExtraRestrictions (getSubmittedTickets is <see cref="TicketQuery.Default"/>):
    /// one page of the customer's tickets.
    /// </summary>
    Task<IReadOnlyList<TicketSummary>> GetSubmittedTicketsAsync(string email, TicketQuery query, CancellationToken cancellationToken = default);

    /// <summary>getSubmittedTicket: one of the customer's tickets with its posts, attachments and custom field values.</summary>
    Task<Ticket> GetSubmittedTicketAsync(string email, int ticketId, CancellationToken cancellationToken = default);

    /// <summary>submitTicket: creates the customer when new; returns the ticket's id and mask.</summary>
    Task<SubmittedTicket> SubmitTicketAsync(NewTicket ticket, CancellationToken cancellationToken = default);

    /// <summary>postTicketReply: a customer's reply, with attachments, to their own ticket.</summary>
    Task PostTicketReplyAsync(string email, int ticketId, NewReply reply, CancellationToken cancellationToken = default);

    /// <summary>updateTicketProperties: a null id leaves that property as it is; both null is <see cref="HelpdeskError.NoPropertiesToUpdate"/>.</summary>
    Task UpdateTicketPropertiesAsync(string email, int ticketId, int? statusId, int? priorityId, CancellationToken cancellationToken = default);

    /// <summary>
    /// setCustomFieldValue. The seed's signature has no e-mail; the contract adds it so that
    /// a customer can change only their own tickets.
    /// </summary>
    Task SetCustomFieldValueAsync(string email, int ticketId, int fieldId, IReadOnlyList<string> values, CancellationToken cancellationToken = default);

    /// <summary>getTicketAttachment: the attachment's metadata and content stream. The caller disposes it.</summary>
    Task<AttachmentContent> GetTicketAttachmentAsync(string email, int ticketId, int attachmentId, CancellationToken cancellationToken = default);

    // Miscellaneous

    /// <summary>updateEmailAddress: moves the customer and their ticket history to a new address.</summary>
    Task UpdateEmailAddressAsync(string oldEmail, string newEmail, CancellationToken cancellationToken = default);
}
