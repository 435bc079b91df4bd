using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability.Outbox.Data;

namespace SupportPortal.Web.Reliability.Outbox;

/// <summary>
/// The durable queue of writes the helpdesk has not confirmed: putting them in (files first, then the row),
/// handing due ones to a worker under a lease, and recording how each attempt ended.
/// </summary>
internal sealed class Outbox(IDbContextFactory<OutboxDbContext> contexts, OutboxFiles files, TimeProvider clock)
{
    public async Task<long> EnqueueSubmissionAsync(string helpdeskKey, NewTicket ticket, string key, int attemptsSoFar, string? lastError, CancellationToken cancellationToken)
    {
        var message = NewMessage(helpdeskKey, OutboxKind.Submission, ticket.Email, key, ticket.Message, attemptsSoFar, lastError);
        message.FullName = ticket.FullName;
        message.DepartmentId = ticket.DepartmentId;
        message.PriorityId = ticket.PriorityId;
        message.Subject = ticket.Subject;
        message.SendAutoResponse = ticket.SendAutoResponse;
        message.CustomFieldsJson = JsonSerializer.Serialize(ticket.CustomFields.Select(a => new StoredAnswer(a.FieldId, a.Values)).ToList());
        return await AddAsync(message, ticket.Attachments, cancellationToken);
    }

    public async Task<long> EnqueueReplyAsync(string helpdeskKey, string email, int ticketId, NewReply reply, string key, int attemptsSoFar, string? lastError, CancellationToken cancellationToken)
    {
        var message = NewMessage(helpdeskKey, OutboxKind.Reply, email, key, reply.Message, attemptsSoFar, lastError);
        message.TicketId = ticketId;
        return await AddAsync(message, reply.Attachments, cancellationToken);
    }

    /// <summary>True when an earlier reply to the ticket is still waiting: a new one queues behind it, keeping the thread's order.</summary>
    public async Task<bool> HasPendingReplyAsync(string helpdeskKey, string email, int ticketId, CancellationToken cancellationToken)
    {
        var customer = CustomerEmail.Normalize(email);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Messages.AnyAsync(
            m => m.HelpdeskKey == helpdeskKey && m.CustomerKey == customer && m.TicketId == ticketId && m.State == OutboxState.Pending,
            cancellationToken);
    }

    /// <summary>The customer's writes helpdesk <paramref name="helpdeskKey"/> does not have yet (pending or refused), oldest first.</summary>
    public async Task<IReadOnlyList<QueuedWrite>> ListUndeliveredAsync(string helpdeskKey, string email, CancellationToken cancellationToken)
    {
        var customer = CustomerEmail.Normalize(email);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var messages = await db.Messages.AsNoTracking()
            .Include(m => m.Attachments)
            .Where(m => m.HelpdeskKey == helpdeskKey && m.CustomerKey == customer && m.State != OutboxState.Delivered)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
        return messages.Select(m => new QueuedWrite(
                m.Id,
                m.Kind,
                m.State,
                m.TicketId,
                m.Subject,
                m.Message,
                m.CreatedAt,
                m.Attachments.OrderBy(a => a.Position).Select(a => new QueuedAttachment(a.FileName, a.Length)).ToList(),
                m.FailedWith))
            .ToList();
    }

    /// <summary>
    /// Takes up to <paramref name="count"/> due messages for <paramref name="owner"/> until the lease ends. A reply waits
    /// while an older reply to the same ticket is pending. The conditional update makes each claim exclusive, so
    /// several portal instances can share one store.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(string owner, int count, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await db.Messages.AsNoTracking()
            .Where(m => m.State == OutboxState.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .Where(m => m.Kind != OutboxKind.Reply || !db.Messages.Any(o =>
                o.Kind == OutboxKind.Reply && o.State == OutboxState.Pending && o.TicketId == m.TicketId && o.CustomerKey == m.CustomerKey && o.HelpdeskKey == m.HelpdeskKey && o.Id < m.Id))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(count)
            .ToListAsync(cancellationToken);

        // From the first claim on, not cancellable: a claim made must come back as a message, or it would sit leased.
        var until = now + lease;
        var claimed = new List<long>(candidates.Count);
        foreach (var id in candidates)
        {
            var taken = await db.Messages
                .Where(m => m.Id == id && m.State == OutboxState.Pending && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until).SetProperty(m => m.LockedBy, owner), CancellationToken.None);
            if (taken == 1)
            {
                claimed.Add(id);
            }
        }

        return await db.Messages.AsNoTracking()
            .Include(m => m.Attachments)
            .Where(m => claimed.Contains(m.Id))
            .OrderBy(m => m.Id)
            .ToListAsync(CancellationToken.None);
    }

    /// <summary>Counts an attempt before it is made: should the portal die mid-call, the next attempt knows to look first.</summary>
    public Task BeginAttemptAsync(long id, CancellationToken cancellationToken) =>
        UpdateAsync(id, s => s.SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);

    public async Task MarkDeliveredAsync(OutboxMessage message, int ticketId, string? mask)
    {
        var now = clock.GetUtcNow();
        await UpdateAsync(
            message.Id,
            s => s.SetProperty(m => m.State, OutboxState.Delivered)
                .SetProperty(m => m.DeliveredAt, now)
                .SetProperty(m => m.DeliveredTicketId, ticketId)
                .SetProperty(m => m.DeliveredTicketMask, mask)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LockedBy, (string?)null),
            CancellationToken.None);

        // The helpdesk has its own copies now.
        files.Delete(message.IdempotencyKey);
    }

    public Task RescheduleAsync(long id, TimeSpan delay, string error)
    {
        var next = clock.GetUtcNow() + delay;
        var trimmed = Trim(error);
        return UpdateAsync(
            id,
            s => s.SetProperty(m => m.NextAttemptAt, next)
                .SetProperty(m => m.LastError, trimmed)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LockedBy, (string?)null),
            CancellationToken.None);
    }

    public Task MarkFailedAsync(long id, HelpdeskError? error, string reason)
    {
        var trimmed = Trim(reason);
        return UpdateAsync(
            id,
            s => s.SetProperty(m => m.State, OutboxState.Failed)
                .SetProperty(m => m.FailedWith, error)
                .SetProperty(m => m.LastError, trimmed)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LockedBy, (string?)null),
            CancellationToken.None);
    }

    /// <summary>Gives a message back without counting a failure (the worker is stopping).</summary>
    public Task ReleaseAsync(long id) => ReleaseAsync([id]);

    /// <summary>Gives back everything <paramref name="owner"/> holds: a worker that stops leaves nothing leased.</summary>
    public async Task ReleaseOwnedAsync(string owner)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.Messages.Where(m => m.LockedBy == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, (DateTimeOffset?)null).SetProperty(m => m.LockedBy, (string?)null), CancellationToken.None);
    }

    /// <summary>Gives messages back, in one statement, without counting a failure.</summary>
    public async Task ReleaseAsync(IReadOnlyCollection<long> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.Messages.Where(m => ids.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, (DateTimeOffset?)null).SetProperty(m => m.LockedBy, (string?)null), CancellationToken.None);
    }

    /// <summary>How many writes wait, and since when the oldest has waited.</summary>
    public async Task<(int Pending, DateTimeOffset? Oldest)> BacklogAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = db.Messages.Where(m => m.State == OutboxState.Pending);
        var count = await pending.CountAsync(cancellationToken);
        var oldest = count == 0 ? null : await pending.MinAsync(m => (DateTimeOffset?)m.CreatedAt, cancellationToken);
        return (count, oldest);
    }

    /// <summary>When the next pending message becomes due, or null when none waits.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Messages.Where(m => m.State == OutboxState.Pending).MinAsync(m => (DateTimeOffset?)m.NextAttemptAt, cancellationToken);
    }

    public async Task<int> PruneDeliveredAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - retention;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Messages.Where(m => m.State == OutboxState.Delivered && m.DeliveredAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The attachment bytes of a message, opened again for each attempt.</summary>
    public IReadOnlyList<AttachmentUpload> Uploads(OutboxMessage message) =>
        message.Attachments.OrderBy(a => a.Position)
            .Select(a => new AttachmentUpload(a.FileName, a.ContentType, a.Length, _ => Task.FromResult(files.OpenRead(a.StoredName))))
            .ToList();

    public static IReadOnlyList<CustomFieldAnswer> Answers(OutboxMessage message) =>
        (JsonSerializer.Deserialize<List<StoredAnswer>>(message.CustomFieldsJson) ?? [])
            .Select(a => new CustomFieldAnswer(a.FieldId, a.Values))
            .ToList();

    private OutboxMessage NewMessage(string helpdeskKey, OutboxKind kind, string email, string key, string text, int attemptsSoFar, string? lastError)
    {
        var now = clock.GetUtcNow();
        return new OutboxMessage
        {
            HelpdeskKey = helpdeskKey,
            IdempotencyKey = key,
            Kind = kind,
            Email = email,
            CustomerKey = CustomerEmail.Normalize(email),
            Message = text,
            Attempts = attemptsSoFar,
            CreatedAt = now,
            NextAttemptAt = now,
            LastError = lastError is null ? null : Trim(lastError),
        };
    }

    private async Task<long> AddAsync(OutboxMessage message, IReadOnlyList<AttachmentUpload> uploads, CancellationToken cancellationToken)
    {
        try
        {
            for (var position = 0; position < uploads.Count; position++)
            {
                var upload = uploads[position];
                await using var content = await upload.OpenReadAsync(cancellationToken);
                var (storedName, length) = await files.SaveAsync(message.IdempotencyKey, position, content, cancellationToken);
                message.Attachments.Add(new OutboxAttachment
                {
                    Position = position,
                    FileName = upload.FileName,
                    ContentType = upload.ContentType,
                    Length = length,
                    StoredName = storedName,
                });
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.Messages.Add(message);
            await db.SaveChangesAsync(cancellationToken);
            return message.Id;
        }
        catch
        {
            // Nothing refers to the copies without the row.
            files.Delete(message.IdempotencyKey);
            throw;
        }
    }

    private async Task UpdateAsync(
        long id,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<OutboxMessage>> setters,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Messages.Where(m => m.Id == id).ExecuteUpdateAsync(setters, cancellationToken);
    }

    private static string Trim(string text) => text.Length <= 2000 ? text : text[..2000];

    private sealed record StoredAnswer(int FieldId, IReadOnlyList<string> Values);
}
