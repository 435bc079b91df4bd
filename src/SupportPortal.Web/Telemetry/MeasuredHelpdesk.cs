using System.Diagnostics;
using System.Diagnostics.Metrics;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability;

namespace SupportPortal.Web.Telemetry;

/// <summary>
/// Wraps a helpdesk to measure every call: a duration histogram and an error counter by helpdesk (its key: "default"
/// or the host of a brand with its own), function and outcome, and a trace span per call, on the portal's meter and
/// activity source.
/// </summary>
internal sealed class MeasuredHelpdesk : IHelpdesk
{
    public static readonly ActivitySource Source = new(PortalMeter.Name);

    private readonly IHelpdesk inner;
    private readonly KeyValuePair<string, object?> helpdesk;
    private readonly Histogram<double> duration;
    private readonly Counter<long> errors;

    public MeasuredHelpdesk(IHelpdesk inner, string helpdeskKey, IMeterFactory meters)
    {
        this.inner = inner;
        helpdesk = new("helpdesk", helpdeskKey);
        var meter = meters.Create(PortalMeter.Name);
        duration = meter.CreateHistogram<double>("supportportal.helpdesk.call.duration", unit: "s", description: "Helpdesk calls by function and outcome.");
        errors = meter.CreateCounter<long>("supportportal.helpdesk.call.errors", description: "Failed helpdesk calls by function and error.");
    }

    public HelpdeskCapabilities Capabilities => inner.Capabilities;

    public Task<KnowledgeBaseCategoryList> GetKnowledgeBaseCategoriesAsync(int categoryId, CancellationToken cancellationToken = default) =>
        Measure(nameof(GetKnowledgeBaseCategoriesAsync), () => inner.GetKnowledgeBaseCategoriesAsync(categoryId, cancellationToken));

    public Task<IReadOnlyList<KnowledgeBaseArticleSummary>> GetKnowledgeBaseArticlesAsync(int categoryId, CancellationToken cancellationToken = default) =>
        Measure(nameof(GetKnowledgeBaseArticlesAsync), () => inner.GetKnowledgeBaseArticlesAsync(categoryId, cancellationToken));

    public Task<KnowledgeBaseArticle> GetKnowledgeBaseArticleAsync(int articleId, CancellationToken cancellationToken = default) =>
        Measure(nameof(GetKnowledgeBaseArticleAsync), () => inner.GetKnowledgeBaseArticleAsync(articleId, cancellationToken));

    public Task RateKnowledgeBaseArticleAsync(int articleId, bool helpful, CancellationToken cancellationToken = default) =>
        Measure(nameof(RateKnowledgeBaseArticleAsync), () => inner.RateKnowledgeBaseArticleAsync(articleId, helpful, cancellationToken));

    public Task<int> AddKnowledgeBaseArticleCommentAsync(int articleId, string posterName, string comment, CancellationToken cancellationToken = default) =>
        Measure(nameof(AddKnowledgeBaseArticleCommentAsync), () => inner.AddKnowledgeBaseArticleCommentAsync(articleId, posterName, comment, cancellationToken));

    public Task<IReadOnlyList<Department>> GetDepartmentsAsync(CancellationToken cancellationToken = default) =>
        Measure(nameof(GetDepartmentsAsync), () => inner.GetDepartmentsAsync(cancellationToken));

    public Task<IReadOnlyList<CustomFieldGroup>> GetDepartmentCustomFieldsAsync(int departmentId, CancellationToken cancellationToken = default) =>
        Measure(nameof(GetDepartmentCustomFieldsAsync), () => inner.GetDepartmentCustomFieldsAsync(departmentId, cancellationToken));

    public Task<IReadOnlyList<TicketPriority>> GetPrioritiesAsync(CancellationToken cancellationToken = default) =>
        Measure(nameof(GetPrioritiesAsync), () => inner.GetPrioritiesAsync(cancellationToken));

    public Task<IReadOnlyList<TicketStatus>> GetStatusesAsync(CancellationToken cancellationToken = default) =>
        Measure(nameof(GetStatusesAsync), () => inner.GetStatusesAsync(cancellationToken));

    public Task<int> GetTotalSubmittedTicketsAsync(string email, CancellationToken cancellationToken = default) =>
        Measure(nameof(GetTotalSubmittedTicketsAsync), () => inner.GetTotalSubmittedTicketsAsync(email, cancellationToken));

    public Task<IReadOnlyList<TicketSummary>> GetSubmittedTicketsAsync(string email, TicketQuery query, CancellationToken cancellationToken = default) =>
        Measure(nameof(GetSubmittedTicketsAsync), () => inner.GetSubmittedTicketsAsync(email, query, cancellationToken));

    public Task<Ticket> GetSubmittedTicketAsync(string email, int ticketId, CancellationToken cancellationToken = default) =>
        Measure(nameof(GetSubmittedTicketAsync), () => inner.GetSubmittedTicketAsync(email, ticketId, cancellationToken));

    public Task<SubmittedTicket> SubmitTicketAsync(NewTicket ticket, CancellationToken cancellationToken = default) =>
        Measure(nameof(SubmitTicketAsync), () => inner.SubmitTicketAsync(ticket, cancellationToken));

    public Task PostTicketReplyAsync(string email, int ticketId, NewReply reply, CancellationToken cancellationToken = default) =>
        Measure(nameof(PostTicketReplyAsync), () => inner.PostTicketReplyAsync(email, ticketId, reply, cancellationToken));

    public Task UpdateTicketPropertiesAsync(string email, int ticketId, int? statusId, int? priorityId, CancellationToken cancellationToken = default) =>
        Measure(nameof(UpdateTicketPropertiesAsync), () => inner.UpdateTicketPropertiesAsync(email, ticketId, statusId, priorityId, cancellationToken));

    public Task SetCustomFieldValueAsync(string email, int ticketId, int fieldId, IReadOnlyList<string> values, CancellationToken cancellationToken = default) =>
        Measure(nameof(SetCustomFieldValueAsync), () => inner.SetCustomFieldValueAsync(email, ticketId, fieldId, values, cancellationToken));

    public Task<AttachmentContent> GetTicketAttachmentAsync(string email, int ticketId, int attachmentId, CancellationToken cancellationToken = default) =>
        Measure(nameof(GetTicketAttachmentAsync), () => inner.GetTicketAttachmentAsync(email, ticketId, attachmentId, cancellationToken));

    public Task UpdateEmailAddressAsync(string oldEmail, string newEmail, CancellationToken cancellationToken = default) =>
        Measure(nameof(UpdateEmailAddressAsync), () => inner.UpdateEmailAddressAsync(oldEmail, newEmail, cancellationToken));

    private async Task Measure(string function, Func<Task> call) =>
        await Measure(function, async () =>
        {
            await call();
            return true;
        });

    private async Task<T> Measure<T>(string function, Func<Task<T>> call)
    {
        // "GetDepartmentsAsync" → "GetDepartments": the Integration API's function, not .NET's naming.
        var name = function[..^"Async".Length];
        using var activity = Source.StartActivity($"helpdesk {name}", ActivityKind.Client);
        activity?.SetTag(helpdesk.Key, helpdesk.Value);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            return await call();
        }
        catch (HelpdeskException exception)
        {
            outcome = exception.Error.ToString();
            throw;
        }
        catch (OperationCanceledException)
        {
            outcome = "Cancelled";
            throw;
        }
        catch (Exception exception)
        {
            outcome = exception.GetType().Name;
            throw;
        }
        finally
        {
            var function_ = new KeyValuePair<string, object?>("function", name);
            var result = new KeyValuePair<string, object?>("outcome", outcome);
            duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, helpdesk, function_, result);
            if (outcome != "ok")
            {
                errors.Add(1, helpdesk, function_, result);
                activity?.SetStatus(ActivityStatusCode.Error, outcome);
            }
        }
    }
}
