using Microsoft.Extensions.Options;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Helpdesk;
using SupportPortal.Web.Reliability;
using SupportPortal.Web.Reliability.Outbox;
using SupportPortal.Web.Support;
using SupportPortal.Web.Tickets.Uploads;

namespace SupportPortal.Web.Tickets;

/// <summary>
/// What the ticket pages and the attachment download ask of the helpdesk, always for the signed-in customer:
/// the e-mail comes from <see cref="CurrentCustomer"/> and never from a caller. Someone else's ticket and a ticket
/// that does not exist look the same from here (null, or <see cref="HelpdeskError.TicketNotFound"/>), so a page
/// cannot tell a customer that another customer's ticket id exists.
/// </summary>
public sealed class TicketService(
    CurrentHelpdesk currentHelpdesk,
    CurrentCustomer currentCustomer,
    ReferenceDataCache referenceData,
    TicketSubmissions submissions,
    UploadStore uploads,
    IOptions<TicketViewOptions> options,
    ILogger<TicketService> logger)
{
    // The helpdesk of the host the customer is on: another brand's ticket ids are simply not found in it.
    private readonly IHelpdesk helpdesk = currentHelpdesk.Helpdesk;

    public HelpdeskCapabilities Capabilities => helpdesk.Capabilities;

    /// <summary>
    /// One page of the customer's tickets in at most two helpdesk calls: the count and the page for the plain list;
    /// the page and, when it is full, a one-ticket look past it for a filtered list. Null without a confirmed customer.
    /// </summary>
    public async Task<TicketListPage?> GetTicketsAsync(TicketListState state, CancellationToken cancellationToken)
    {
        if (await currentCustomer.GetAsync() is not { } customer)
        {
            return null;
        }

        var query = state.ToTicketQuery();
        if (!state.IsFiltered)
        {
            // Independent reads: asked together, the page costs one round trip to a remote helpdesk, not two.
            var countTask = helpdesk.GetTotalSubmittedTicketsAsync(customer.Email, cancellationToken);
            var pageTask = helpdesk.GetSubmittedTicketsAsync(customer.Email, query, cancellationToken);
            await Task.WhenAll(countTask, pageTask);
            var total = await countTask;
            return new TicketListPage(state, await pageTask, total, (long)state.Page * state.PageSize < total);
        }

        var tickets = await helpdesk.GetSubmittedTicketsAsync(customer.Email, query, cancellationToken);
        var hasNext = tickets.Count == state.PageSize && await HasTicketAfterAsync(customer.Email, query, cancellationToken);
        return new TicketListPage(state, tickets, Total: null, hasNext);
    }

    /// <summary>Department, status and priority names and colours, from the reference-data cache.</summary>
    public async Task<TicketReference> GetReferenceAsync(CancellationToken cancellationToken)
    {
        var departments = referenceData.GetDepartmentsAsync(cancellationToken);
        var statuses = referenceData.GetStatusesAsync(cancellationToken);
        var priorities = referenceData.GetPrioritiesAsync(cancellationToken);
        await Task.WhenAll(departments, statuses, priorities);

        var settings = options.Value;
        return new TicketReference(
            await departments,
            await statuses,
            await priorities,
            ClosedStatusId: StatusIdByTitle(await statuses, settings.ClosedStatus, $"{TicketViewOptions.SectionName}:ClosedStatus"),
            ReopenStatusId: StatusIdByTitle(await statuses, settings.ReopenStatus, $"{TicketViewOptions.SectionName}:ReopenStatus"));
    }

    /// <summary>The customer's ticket with its thread; null when it does not exist or is not theirs.</summary>
    public async Task<TicketDetails?> GetTicketAsync(int ticketId, CancellationToken cancellationToken)
    {
        if (await currentCustomer.GetAsync() is not { } customer)
        {
            return null;
        }

        try
        {
            return TicketDetails.From(await helpdesk.GetSubmittedTicketAsync(customer.Email, ticketId, cancellationToken));
        }
        catch (HelpdeskException exception) when (IsMissingTicket(exception.Error))
        {
            LogRefusal(exception.Error, ticketId);
            return null;
        }
    }

    /// <summary>
    /// The attachment's name, type, length and content, which the caller disposes; null when the ticket or the
    /// attachment does not exist or is not the customer's.
    /// </summary>
    public async Task<AttachmentContent?> OpenAttachmentAsync(int ticketId, int attachmentId, CancellationToken cancellationToken)
    {
        if (await currentCustomer.GetAsync() is not { } customer)
        {
            return null;
        }

        try
        {
            return await helpdesk.GetTicketAttachmentAsync(customer.Email, ticketId, attachmentId, cancellationToken);
        }
        catch (HelpdeskException exception) when (IsMissingTicket(exception.Error) || exception.Error == HelpdeskError.AttachmentNotFound)
        {
            LogRefusal(exception.Error, ticketId);
            return null;
        }
    }

    /// <summary>
    /// Posts the reply, with the files the customer uploaded under <paramref name="uploadTokens"/>, through
    /// <see cref="TicketSubmissions"/>: delivered now, or queued in the outbox (which keeps its own copies of the files)
    /// while the helpdesk cannot take it. A token that is unknown, expired or another customer's refuses the reply
    /// with <see cref="HelpdeskError.AttachmentNotFound"/>.
    /// </summary>
    public async Task<ReplyResult> ReplyAsync(int ticketId, string message, IReadOnlyList<string> uploadTokens, CancellationToken cancellationToken)
    {
        var customer = await currentCustomer.GetAsync() ?? throw new HelpdeskException(HelpdeskError.TicketNotFound);
        IReadOnlyList<AttachmentUpload> attachments;
        try
        {
            attachments = uploads.Claim(customer.Email, uploadTokens);
        }
        catch (UploadUnavailableException)
        {
            throw new HelpdeskException(HelpdeskError.AttachmentNotFound);
        }

        var result = await ForOwnTicketAsync(ticketId, email => submissions.ReplyAsync(email, ticketId, new NewReply(message) { Attachments = attachments }, cancellationToken));

        // The helpdesk, or the outbox, has the files now.
        uploads.DeleteAll(customer.Email, uploadTokens);
        return result;
    }

    /// <summary>The customer's new tickets the helpdesk does not have yet, oldest first; none without a confirmed customer.</summary>
    public async Task<IReadOnlyList<QueuedWrite>> GetQueuedSubmissionsAsync(CancellationToken cancellationToken) =>
        (await GetQueuedAsync(cancellationToken)).Where(w => w.Kind == OutboxKind.Submission).ToList();

    /// <summary>The customer's replies to the ticket that the helpdesk does not have yet, oldest first.</summary>
    public async Task<IReadOnlyList<QueuedWrite>> GetQueuedRepliesAsync(int ticketId, CancellationToken cancellationToken) =>
        (await GetQueuedAsync(cancellationToken)).Where(w => w.Kind == OutboxKind.Reply && w.TicketId == ticketId).ToList();

    public Task ChangePriorityAsync(int ticketId, int priorityId, CancellationToken cancellationToken) =>
        ForOwnTicketAsync(ticketId, async email =>
        {
            await helpdesk.UpdateTicketPropertiesAsync(email, ticketId, statusId: null, priorityId, cancellationToken);
            return true;
        });

    /// <summary>Sets the status of <see cref="TicketViewOptions.ClosedStatus"/>.</summary>
    public async Task CloseAsync(int ticketId, CancellationToken cancellationToken)
    {
        var reference = await GetReferenceAsync(cancellationToken);
        await ChangeStatusAsync(ticketId, reference.ClosedStatusId, cancellationToken);
    }

    /// <summary>Sets the status of <see cref="TicketViewOptions.ReopenStatus"/>.</summary>
    public async Task ReopenAsync(int ticketId, CancellationToken cancellationToken)
    {
        var reference = await GetReferenceAsync(cancellationToken);
        await ChangeStatusAsync(ticketId, reference.ReopenStatusId, cancellationToken);
    }

    private Task ChangeStatusAsync(int ticketId, int? statusId, CancellationToken cancellationToken)
    {
        // The page offers closing and reopening only when both hold; reaching here otherwise is a bug, not bad input.
        if (!helpdesk.Capabilities.CloseAndReopen || statusId is not { } status)
        {
            throw new InvalidOperationException("This helpdesk does not let customers close and reopen tickets, or has no status of the configured title.");
        }

        return ForOwnTicketAsync(ticketId, async email =>
        {
            await helpdesk.UpdateTicketPropertiesAsync(email, ticketId, status, priorityId: null, cancellationToken);
            return true;
        });
    }

    /// <summary>Runs a change for the customer; another customer's ticket is refused exactly like a missing one.</summary>
    private async Task<T> ForOwnTicketAsync<T>(int ticketId, Func<string, Task<T>> change)
    {
        var customer = await currentCustomer.GetAsync() ?? throw new HelpdeskException(HelpdeskError.TicketNotFound);
        try
        {
            return await change(customer.Email);
        }
        catch (HelpdeskException exception) when (exception.Error is HelpdeskError.TicketNotOwned or HelpdeskError.InvalidTicketId)
        {
            LogRefusal(exception.Error, ticketId);
            throw new HelpdeskException(HelpdeskError.TicketNotFound);
        }
    }

    private async Task<IReadOnlyList<QueuedWrite>> GetQueuedAsync(CancellationToken cancellationToken) =>
        await currentCustomer.GetAsync() is { } customer ? await submissions.GetQueuedAsync(customer.Email, cancellationToken) : [];

    /// <summary>Whether a ticket follows the page: asks for the one ticket right after it.</summary>
    private async Task<bool> HasTicketAfterAsync(string email, TicketQuery query, CancellationToken cancellationToken)
    {
        var nextOffset = (long)query.Page * query.PageSize;
        if (nextOffset >= int.MaxValue)
        {
            return false;
        }

        var probe = query with { PageSize = 1, Page = (int)nextOffset + 1 };
        return (await helpdesk.GetSubmittedTicketsAsync(email, probe, cancellationToken)).Count > 0;
    }

    private int? StatusIdByTitle(IReadOnlyList<TicketStatus> statuses, string title, string setting)
    {
        var status = statuses.FirstOrDefault(s => s.IsPublic && string.Equals(s.Title.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase));
        if (status is null)
        {
            logger.LogWarning("{Setting} names the status '{Title}', which the helpdesk does not offer; customers cannot close or reopen tickets", setting, title);
        }

        return status?.Id;
    }

    private static bool IsMissingTicket(HelpdeskError error) =>
        error is HelpdeskError.TicketNotFound or HelpdeskError.TicketNotOwned or HelpdeskError.InvalidTicketId;

    private void LogRefusal(HelpdeskError error, int ticketId)
    {
        // Someone else's ticket is worth a note in the log (probing ids); the customer sees "not found" either way.
        if (error == HelpdeskError.TicketNotOwned)
        {
            logger.LogWarning("A customer asked for ticket {TicketId}, which is not theirs", ticketId);
        }
    }
}
