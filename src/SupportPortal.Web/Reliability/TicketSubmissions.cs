using Microsoft.Extensions.Options;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Helpdesk;
using SupportPortal.Web.Reliability.Outbox;

namespace SupportPortal.Web.Reliability;

/// <summary>
/// How pages submit tickets and replies. The helpdesk gets the write at once when it can; when it cannot be reached
/// (unavailable, throttled, timed out, circuit open) the write goes to the durable outbox and the worker delivers it
/// later, exactly once, to the helpdesk of the host it was written on. More than the "submissions" rate limit allows is refused as Throttled. Refusals (a bad department, a ticket not theirs) still reach the page as <see cref="HelpdeskException"/>.
/// </summary>
public sealed class TicketSubmissions
{
    private readonly IHelpdesk helpdesk;
    private readonly string helpdeskKey;
    private readonly Outbox.Outbox outbox;
    private readonly OutboxSignal signal;
    private readonly OutboxOptions options;
    private readonly SubmissionRateLimit rateLimit;
    private readonly ILogger<TicketSubmissions> logger;

    internal TicketSubmissions(
        CurrentHelpdesk helpdesk,
        Outbox.Outbox outbox,
        OutboxSignal signal,
        IOptions<OutboxOptions> options,
        SubmissionRateLimit rateLimit,
        ILogger<TicketSubmissions> logger)
    {
        this.rateLimit = rateLimit;
        this.helpdesk = helpdesk.Helpdesk;
        helpdeskKey = helpdesk.Key;
        this.outbox = outbox;
        this.signal = signal;
        this.options = options.Value;
        this.logger = logger;
    }

    public async Task<SubmissionResult> SubmitAsync(NewTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        rateLimit.Acquire(ticket.Email);
        var key = DeliveryMarker.NewKey();
        var marked = ticket with { Message = DeliveryMarker.Append(ticket.Message, key) };
        try
        {
            using var timeout = DirectAttemptTimeout(cancellationToken);
            var submitted = await helpdesk.SubmitTicketAsync(marked, timeout.Token);
            return new SubmissionResult.Delivered(submitted.Id, submitted.Mask);
        }
        catch (Exception exception) when (DeliveryFailure.IsTransient(exception, cancellationToken))
        {
            // Once it is decided to queue, the customer leaving the page must not stop the write being kept.
            var id = await outbox.EnqueueSubmissionAsync(helpdeskKey, ticket, key, attemptsSoFar: 1, exception.Message, CancellationToken.None);
            logger.LogWarning("The helpdesk could not take a new ticket ({Reason}); queued as outbox {OutboxId}", exception.Message, id);
            signal.Wake();
            return new SubmissionResult.Queued(id);
        }
    }

    /// <summary>Posts the customer's reply. While an earlier reply to the same ticket waits in the outbox, this one queues behind it.</summary>
    public async Task<ReplyResult> ReplyAsync(string email, int ticketId, NewReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        rateLimit.Acquire(email);
        var key = DeliveryMarker.NewKey();
        if (await outbox.HasPendingReplyAsync(helpdeskKey, email, ticketId, cancellationToken))
        {
            var queued = await outbox.EnqueueReplyAsync(helpdeskKey, email, ticketId, reply, key, attemptsSoFar: 0, lastError: null, CancellationToken.None);
            signal.Wake();
            return new ReplyResult.Queued(queued);
        }

        try
        {
            using var timeout = DirectAttemptTimeout(cancellationToken);
            await helpdesk.PostTicketReplyAsync(email, ticketId, reply with { Message = DeliveryMarker.Append(reply.Message, key) }, timeout.Token);
            return new ReplyResult.Delivered(ticketId);
        }
        catch (Exception exception) when (DeliveryFailure.IsTransient(exception, cancellationToken))
        {
            var id = await outbox.EnqueueReplyAsync(helpdeskKey, email, ticketId, reply, key, attemptsSoFar: 1, exception.Message, CancellationToken.None);
            logger.LogWarning("The helpdesk could not take a reply to ticket {TicketId} ({Reason}); queued as outbox {OutboxId}", ticketId, exception.Message, id);
            signal.Wake();
            return new ReplyResult.Queued(id);
        }
    }

    /// <summary>The customer's submissions and replies still waiting for this helpdesk (or refused by it), oldest first.</summary>
    public Task<IReadOnlyList<QueuedWrite>> GetQueuedAsync(string email, CancellationToken cancellationToken = default) =>
        outbox.ListUndeliveredAsync(helpdeskKey, email, cancellationToken);

    private CancellationTokenSource DirectAttemptTimeout(CancellationToken cancellationToken)
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.DirectAttemptTimeout);
        return timeout;
    }
}
