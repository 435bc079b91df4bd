using SupportPortal.Helpdesk;

namespace SupportPortal.Reliability.Tests.Outbox;

/// <summary>A real helpdesk behind injected faults: every call may fail first; writes may also fail after they happened.</summary>
public sealed class FaultyHelpdesk(IHelpdesk inner, Faults faults) : IHelpdesk
{
    public HelpdeskCapabilities Capabilities => inner.Capabilities;

    public Task<KnowledgeBaseCategoryList> GetKnowledgeBaseCategoriesAsync(int categoryId, CancellationToken cancellationToken = default) =>
        Read(() => inner.GetKnowledgeBaseCategoriesAsync(categoryId, cancellationToken));

    public Task<IReadOnlyList<KnowledgeBaseArticleSummary>> GetKnowledgeBaseArticlesAsync(int categoryId, CancellationToken cancellationToken = default) =>
        Read(() => inner.GetKnowledgeBaseArticlesAsync(categoryId, cancellationToken));

    public Task<KnowledgeBaseArticle> GetKnowledgeBaseArticleAsync(int articleId, CancellationToken cancellationToken = default) =>
        Read(() => inner.GetKnowledgeBaseArticleAsync(articleId, cancellationToken));

    public Task RateKnowledgeBaseArticleAsync(int articleId, bool helpful, CancellationToken cancellationToken = default) =>
        Write(async () => { await inner.RateKnowledgeBaseArticleAsync(articleId, helpful, cancellationToken); return 0; });

    public Task<int> AddKnowledgeBaseArticleCommentAsync(int articleId, string posterName, string comment, CancellationToken cancellationToken = default) =>
        Write(() => inner.AddKnowledgeBaseArticleCommentAsync(articleId, posterName, comment, cancellationToken));

    public Task<IReadOnlyList<Department>> GetDepartmentsAsync(CancellationToken cancellationToken = default) =>
        Read(() => inner.GetDepartmentsAsync(cancellationToken));

    public Task<IReadOnlyList<CustomFieldGroup>> GetDepartmentCustomFieldsAsync(int departmentId, CancellationToken cancellationToken = default) =>
        Read(() => inner.GetDepartmentCustomFieldsAsync(departmentId, cancellationToken));

    public Task<IReadOnlyList<TicketPriority>> GetPrioritiesAsync(CancellationToken cancellationToken = default) =>
        Read(() => inner.GetPrioritiesAsync(cancellationToken));

    public Task<IReadOnlyList<TicketStatus>> GetStatusesAsync(CancellationToken cancellationToken = default) =>
        Read(() => inner.GetStatusesAsync(cancellationToken));

    public Task<int> GetTotalSubmittedTicketsAsync(string email, CancellationToken cancellationToken = default) =>
        Read(() => inner.GetTotalSubmittedTicketsAsync(email, cancellationToken));

    public Task<IReadOnlyList<TicketSummary>> GetSubmittedTicketsAsync(string email, TicketQuery query, CancellationToken cancellationToken = default) =>
        Read(() => inner.GetSubmittedTicketsAsync(email, query, cancellationToken));

    public Task<Ticket> GetSubmittedTicketAsync(string email, int ticketId, CancellationToken cancellationToken = default) =>
        Read(() => inner.GetSubmittedTicketAsync(email, ticketId, cancellationToken));

    public Task<SubmittedTicket> SubmitTicketAsync(NewTicket ticket, CancellationToken cancellationToken = default) =>
        Write(() => inner.SubmitTicketAsync(ticket, cancellationToken));

    public Task PostTicketReplyAsync(string email, int ticketId, NewReply reply, CancellationToken cancellationToken = default) =>
        Write(async () => { await inner.PostTicketReplyAsync(email, ticketId, reply, cancellationToken); return 0; });

    public Task UpdateTicketPropertiesAsync(string email, int ticketId, int? statusId, int? priorityId, CancellationToken cancellationToken = default) =>
        Write(async () => { await inner.UpdateTicketPropertiesAsync(email, ticketId, statusId, priorityId, cancellationToken); return 0; });

    public Task SetCustomFieldValueAsync(string email, int ticketId, int fieldId, IReadOnlyList<string> values, CancellationToken cancellationToken = default) =>
        Write(async () => { await inner.SetCustomFieldValueAsync(email, ticketId, fieldId, values, cancellationToken); return 0; });

    public Task<AttachmentContent> GetTicketAttachmentAsync(string email, int ticketId, int attachmentId, CancellationToken cancellationToken = default) =>
        Read(() => inner.GetTicketAttachmentAsync(email, ticketId, attachmentId, cancellationToken));

    public Task UpdateEmailAddressAsync(string oldEmail, string newEmail, CancellationToken cancellationToken = default) =>
        Write(async () => { await inner.UpdateEmailAddressAsync(oldEmail, newEmail, cancellationToken); return 0; });

    private async Task<T> Read<T>(Func<Task<T>> call, [System.Runtime.CompilerServices.CallerMemberName] string caller = "")
    {
        await Task.Yield();
        faults.BeforeCall(caller);
        return await call();
    }

    private async Task<T> Write<T>(Func<Task<T>> call, [System.Runtime.CompilerServices.CallerMemberName] string caller = "")
    {
        await Task.Yield();
        faults.BeforeCall(caller);
        var result = await call();
        faults.AfterWrite();
        return result;
    }
}
