using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>
/// A helpdesk that is only a knowledge base, held in memory, with the capabilities a test chooses. It behaves as a
/// backend does (unknown ids fail with the seed's codes, votes and comments stick); ticket functions are not part of
/// a knowledge-base test and fail loudly if a page calls them.
/// </summary>
public sealed class InMemoryKnowledgeBase(HelpdeskCapabilities capabilities) : IHelpdesk
{
    private readonly Lock gate = new();
    private readonly Dictionary<int, (int ParentId, string Title)> categories = [];
    private readonly Dictionary<int, Article> articles = [];

    public InMemoryKnowledgeBase()
        : this(HelpdeskCapabilities.All)
    {
    }

    public HelpdeskCapabilities Capabilities { get; } = capabilities;

    public InMemoryKnowledgeBase AddCategory(int id, string title, int parentId = 0)
    {
        lock (gate)
        {
            categories[id] = (parentId, title);
        }

        return this;
    }

    public InMemoryKnowledgeBase AddArticle(int id, int categoryId, string title, string body, ContentFormat format = ContentFormat.Html, int rating = 3)
    {
        lock (gate)
        {
            articles[id] = new Article(categoryId, title, body, format, rating, []);
        }

        return this;
    }

    public Task<KnowledgeBaseCategoryList> GetKnowledgeBaseCategoriesAsync(int categoryId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (categoryId != 0 && !categories.ContainsKey(categoryId))
            {
                throw new HelpdeskException(HelpdeskError.CategoryNotFound);
            }

            var children = categories.Where(c => c.Value.ParentId == categoryId).OrderBy(c => c.Key)
                .Select(c => new KnowledgeBaseCategory(c.Key, c.Value.Title)).ToList();
            return Task.FromResult(new KnowledgeBaseCategoryList(children, TrailTo(categoryId)));
        }
    }

    public Task<IReadOnlyList<KnowledgeBaseArticleSummary>> GetKnowledgeBaseArticlesAsync(int categoryId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (categoryId != 0 && !categories.ContainsKey(categoryId))
            {
                throw new HelpdeskException(HelpdeskError.CategoryNotFound);
            }

            IReadOnlyList<KnowledgeBaseArticleSummary> list = articles.Where(a => a.Value.CategoryId == categoryId).OrderBy(a => a.Key)
                .Select(a => new KnowledgeBaseArticleSummary(a.Key, a.Value.Title, a.Value.Rating)).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<KnowledgeBaseArticle> GetKnowledgeBaseArticleAsync(int articleId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var article = articles.GetValueOrDefault(articleId) ?? throw new HelpdeskException(HelpdeskError.ArticleNotFound);
            return Task.FromResult(new KnowledgeBaseArticle(
                articleId,
                TrailTo(article.CategoryId),
                article.Title,
                article.Body,
                article.Format,
                new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero),
                article.Rating,
                article.Comments.ToList()));
        }
    }

    public Task RateKnowledgeBaseArticleAsync(int articleId, bool helpful, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var article = articles.GetValueOrDefault(articleId) ?? throw new HelpdeskException(HelpdeskError.ArticleNotFound);
            articles[articleId] = article with { Rating = Math.Clamp(article.Rating + (helpful ? 1 : -1), 1, 5) };
            return Task.CompletedTask;
        }
    }

    public Task<int> AddKnowledgeBaseArticleCommentAsync(int articleId, string posterName, string comment, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var article = articles.GetValueOrDefault(articleId) ?? throw new HelpdeskException(HelpdeskError.ArticleNotFound);
            article.Comments.Add(new ArticleComment(posterName, DateTimeOffset.UtcNow, comment));
            return Task.FromResult(article.Comments.Count);
        }
    }

    public Task<IReadOnlyList<Department>> GetDepartmentsAsync(CancellationToken cancellationToken = default) => NotKnowledgeBase<IReadOnlyList<Department>>();

    public Task<IReadOnlyList<CustomFieldGroup>> GetDepartmentCustomFieldsAsync(int departmentId, CancellationToken cancellationToken = default) => NotKnowledgeBase<IReadOnlyList<CustomFieldGroup>>();

    public Task<IReadOnlyList<TicketPriority>> GetPrioritiesAsync(CancellationToken cancellationToken = default) => NotKnowledgeBase<IReadOnlyList<TicketPriority>>();

    public Task<IReadOnlyList<TicketStatus>> GetStatusesAsync(CancellationToken cancellationToken = default) => NotKnowledgeBase<IReadOnlyList<TicketStatus>>();

    public Task<int> GetTotalSubmittedTicketsAsync(string email, CancellationToken cancellationToken = default) => NotKnowledgeBase<int>();

    public Task<IReadOnlyList<TicketSummary>> GetSubmittedTicketsAsync(string email, TicketQuery query, CancellationToken cancellationToken = default) => NotKnowledgeBase<IReadOnlyList<TicketSummary>>();

    public Task<Ticket> GetSubmittedTicketAsync(string email, int ticketId, CancellationToken cancellationToken = default) => NotKnowledgeBase<Ticket>();

    public Task<SubmittedTicket> SubmitTicketAsync(NewTicket ticket, CancellationToken cancellationToken = default) => NotKnowledgeBase<SubmittedTicket>();

    public Task PostTicketReplyAsync(string email, int ticketId, NewReply reply, CancellationToken cancellationToken = default) => NotKnowledgeBase<bool>();

    public Task UpdateTicketPropertiesAsync(string email, int ticketId, int? statusId, int? priorityId, CancellationToken cancellationToken = default) => NotKnowledgeBase<bool>();

    public Task SetCustomFieldValueAsync(string email, int ticketId, int fieldId, IReadOnlyList<string> values, CancellationToken cancellationToken = default) => NotKnowledgeBase<bool>();

    public Task<AttachmentContent> GetTicketAttachmentAsync(string email, int ticketId, int attachmentId, CancellationToken cancellationToken = default) => NotKnowledgeBase<AttachmentContent>();

    public Task UpdateEmailAddressAsync(string oldEmail, string newEmail, CancellationToken cancellationToken = default) => NotKnowledgeBase<bool>();

    private static Task<T> NotKnowledgeBase<T>() =>
        Task.FromException<T>(new InvalidOperationException("A knowledge-base test called a ticket function of the helpdesk."));

    private List<Breadcrumb> TrailTo(int categoryId)
    {
        var trail = new List<Breadcrumb>();
        for (var id = categoryId; id != 0 && categories.TryGetValue(id, out var category) && trail.Count < 50; id = category.ParentId)
        {
            trail.Insert(0, new Breadcrumb(id, category.Title));
        }

        return trail;
    }

    private sealed record Article(int CategoryId, string Title, string Body, ContentFormat Format, int Rating, List<ArticleComment> Comments);
}
