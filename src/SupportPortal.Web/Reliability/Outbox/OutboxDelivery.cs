using SupportPortal.Helpdesk;
using SupportPortal.Web.Helpdesk;

namespace SupportPortal.Web.Reliability.Outbox;

/// <summary>How one attempt to deliver a queued write ended.</summary>
internal enum DeliveryOutcome
{
    Delivered,
    FoundEarlierDelivery,
    WillRetry,
    Refused,
    Stopped,
}

/// <summary>
/// Delivers one queued write: first, when an earlier attempt may have reached the helpdesk, looks for it there;
/// then sends it with its marker, to the helpdesk the message names. Records the outcome in the outbox.
/// </summary>
internal sealed class OutboxDelivery(
    HelpdeskDirectory helpdesks,
    Outbox outbox,
    OutboxOptions options,
    ILogger<OutboxDelivery> logger)
{
    public async Task<DeliveryOutcome> DeliverAsync(OutboxMessage message, CancellationToken stopping)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(options.DeliveryTimeout);
        try
        {
            var helpdesk = helpdesks.Get(message.HelpdeskKey);
            if (message.Attempts > 0 && await FindEarlierAsync(helpdesk, message, timeout.Token) is { } found)
            {
                await outbox.MarkDeliveredAsync(message, found.Id, found.Mask);
                logger.LogInformation(
                    "Outbox {OutboxId} ({Kind}) was already in the helpdesk as ticket {TicketId}; not sent again",
                    message.Id, message.Kind, found.Id);
                return DeliveryOutcome.FoundEarlierDelivery;
            }

            await outbox.BeginAttemptAsync(message.Id, timeout.Token);
            var delivered = await SendAsync(helpdesk, message, timeout.Token);
            await outbox.MarkDeliveredAsync(message, delivered.Id, delivered.Mask);
            logger.LogInformation(
                "Outbox {OutboxId} ({Kind}) delivered as ticket {TicketId} after {Attempts} attempt(s)",
                message.Id, message.Kind, delivered.Id, message.Attempts + 1);
            return DeliveryOutcome.Delivered;
        }
        catch (Exception exception) when (stopping.IsCancellationRequested && exception is OperationCanceledException)
        {
            await outbox.ReleaseAsync(message.Id);
            return DeliveryOutcome.Stopped;
        }
        catch (Exception exception) when (DeliveryFailure.IsTransient(exception, stopping))
        {
            var failures = message.Attempts + 1;
            var delay = RetryDelay.After(failures, options.FirstRetryDelay, options.MaxRetryDelay);
            if (DeliveryFailure.RetryAfter(exception) is { } asked && asked > delay)
            {
                delay = asked;
            }

            await outbox.RescheduleAsync(message.Id, delay, exception.Message);
            logger.LogWarning(
                "Outbox {OutboxId} ({Kind}) not delivered ({Reason}); next attempt in {Delay}",
                message.Id, message.Kind, exception.Message, delay);
            return DeliveryOutcome.WillRetry;
        }
        catch (HelpdeskException exception)
        {
            await outbox.MarkFailedAsync(message.Id, exception.Error, exception.Message);
            logger.LogError(
                "Outbox {OutboxId} ({Kind}) refused by the helpdesk with {Error}: {Reason}; kept for the operator",
                message.Id, message.Kind, exception.Error, exception.Message);
            return DeliveryOutcome.Refused;
        }
    }

    private async Task<SubmittedTicket?> FindEarlierAsync(IHelpdesk helpdesk, OutboxMessage message, CancellationToken cancellationToken)
    {
        var earlier = new EarlierDelivery(helpdesk);
        if (message.Kind == OutboxKind.Submission)
        {
            return await earlier.FindSubmissionAsync(message, options.ClockSkewAllowance, cancellationToken);
        }

        return await earlier.HasReplyAsync(message, cancellationToken)
            ? new SubmittedTicket(message.TicketId!.Value, "")
            : null;
    }

    private async Task<SubmittedTicket> SendAsync(IHelpdesk helpdesk, OutboxMessage message, CancellationToken cancellationToken)
    {
        var text = DeliveryMarker.Append(message.Message, message.IdempotencyKey);
        var uploads = outbox.Uploads(message);
        if (message.Kind == OutboxKind.Submission)
        {
            var ticket = new NewTicket(message.Email, message.FullName, message.DepartmentId, message.PriorityId, message.Subject, text)
            {
                CustomFields = Outbox.Answers(message),
                Attachments = uploads,
                SendAutoResponse = message.SendAutoResponse,
            };
            return await helpdesk.SubmitTicketAsync(ticket, cancellationToken);
        }

        await helpdesk.PostTicketReplyAsync(message.Email, message.TicketId!.Value, new NewReply(text) { Attachments = uploads }, cancellationToken);
        return new SubmittedTicket(message.TicketId.Value, "");
    }
}
