using System.Buffers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tickets.Uploads;

/// <summary>A file waiting in the temporary store for the form that will attach it.</summary>
public sealed record PendingUpload(string Token, string OwnerEmail, string Batch, string FileName, string ContentType, long Length, DateTimeOffset ExpiresAt);

/// <summary>
/// The temporary store behind <c>POST /uploads</c>: files are streamed to disk under a random token, bound to the
/// customer who sent them and to the form (batch) they belong to, and expire. A form's submit turns its tokens into
/// <see cref="AttachmentUpload"/>s that open the files on demand, and deletes them once the helpdesk has them.
/// </summary>
public sealed class UploadStore
{
    private const int CopyBufferSize = 81920;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new(new Dictionary<string, string>(new FileExtensionContentTypeProvider().Mappings, StringComparer.OrdinalIgnoreCase)
    {
        // Log files are what customers attach most; the framework's table does not know them.
        [".log"] = "text/plain",
    });

    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly UploadOptions options;
    private readonly TimeProvider clock;
    private readonly ILogger<UploadStore> logger;

    public UploadStore(IOptions<UploadOptions> options, TimeProvider clock, ILogger<UploadStore> logger)
    {
        this.options = options.Value;
        this.clock = clock;
        this.logger = logger;
        Folder = this.options.EffectiveTempPath;
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>
    /// Holds a place for one more file in the customer's form, or says why not. Places are held while the file streams
    /// in, so two files racing for the last place cannot both get it.
    /// </summary>
    public UploadReservation? TryReserve(string ownerEmail, string batch, out bool formFull)
    {
        var owner = CustomerEmail.Normalize(ownerEmail);
        var now = clock.GetUtcNow();
        lock (gate)
        {
            var live = entries.Values.Where(e => e.Owner == owner && e.ExpiresAt > now).ToList();
            formFull = live.Count(e => e.Batch == batch) >= options.MaxFiles;
            if (formFull || live.Count >= options.MaxPendingFilesPerCustomer)
            {
                return null;
            }

            var token = NewToken();
            entries[token] = new Entry(token, owner, batch, now + options.TokenLifetime, PathFor(token));
            return new UploadReservation(token);
        }
    }

    /// <summary>
    /// Streams <paramref name="content"/> into the place held by <paramref name="reservation"/>. Returns null and frees
    /// the place when the file is larger than the limit; the bytes are counted as they come, never trusted from headers.
    /// </summary>
    public async Task<PendingUpload?> SaveAsync(UploadReservation reservation, string fileName, Stream content, CancellationToken cancellationToken)
    {
        var entry = Find(reservation.Token) ?? throw new InvalidOperationException("The reservation has expired or was released.");
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferSize);
        long length = 0;
        var complete = false;
        try
        {
            await using (var file = new FileStream(entry.Path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
            {
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    length += read;
                    if (length > options.MaxFileBytes)
                    {
                        return null;
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            complete = true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (!complete)
            {
                Release(reservation.Token);
            }
        }

        lock (gate)
        {
            entry.FileName = fileName;
            entry.ContentType = ContentTypeOf(fileName);
            entry.Length = length;
            entry.Ready = true;
        }

        return entry.ToPending();
    }

    /// <summary>Frees a reservation and deletes whatever of its file was written.</summary>
    public void Release(string token)
    {
        Entry? entry;
        lock (gate)
        {
            if (entries.Remove(token, out entry) is false)
            {
                return;
            }
        }

        DeleteFile(entry.Path);
    }

    /// <summary>The customer's file behind <paramref name="token"/>, or null when it is unknown, expired or someone else's.</summary>
    public PendingUpload? Find(string ownerEmail, string token)
    {
        var entry = Find(token);
        return entry is { Ready: true } && entry.Owner == CustomerEmail.Normalize(ownerEmail) && entry.ExpiresAt > clock.GetUtcNow()
            ? entry.ToPending()
            : null;
    }

    /// <summary>
    /// The attachments behind the customer's tokens, opened on demand. Throws <see cref="UploadUnavailableException"/> naming
    /// the first token that is unknown, expired or another customer's: a form cannot attach a file it did not upload.
    /// </summary>
    public IReadOnlyList<AttachmentUpload> Claim(string ownerEmail, IReadOnlyList<string> tokens)
    {
        var attachments = new List<AttachmentUpload>(tokens.Count);
        foreach (var token in tokens.Distinct(StringComparer.Ordinal))
        {
            var pending = Find(ownerEmail, token) ?? throw new UploadUnavailableException(token);
            var path = PathFor(pending.Token);
            attachments.Add(new AttachmentUpload(
                pending.FileName,
                pending.ContentType,
                pending.Length,
                _ => Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, CopyBufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan))));
        }

        return attachments;
    }

    /// <summary>Deletes the customer's file behind <paramref name="token"/>; false when there was none of theirs.</summary>
    public bool Delete(string ownerEmail, string token)
    {
        if (Find(ownerEmail, token) is null)
        {
            return false;
        }

        Release(token);
        return true;
    }

    /// <summary>Deletes the files once their form has delivered them.</summary>
    public void DeleteAll(string ownerEmail, IEnumerable<string> tokens)
    {
        foreach (var token in tokens)
        {
            Delete(ownerEmail, token);
        }
    }

    /// <summary>
    /// Deletes expired files, and files in the folder that no token knows (left by an earlier run) once they are older than
    /// a token lives. Returns how many files were deleted.
    /// </summary>
    public int DeleteExpired()
    {
        var now = clock.GetUtcNow();
        List<Entry> expired;
        HashSet<string> known;
        lock (gate)
        {
            expired = entries.Values.Where(e => e.ExpiresAt <= now).ToList();
            foreach (var entry in expired)
            {
                entries.Remove(entry.Token);
            }

            known = entries.Values.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        }

        var deleted = expired.Count(e => DeleteFile(e.Path));
        foreach (var path in Directory.EnumerateFiles(Folder, "*" + Extension))
        {
            if (!known.Contains(path) && File.GetLastWriteTimeUtc(path) <= (now - options.TokenLifetime).UtcDateTime && DeleteFile(path))
            {
                deleted++;
            }
        }

        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} expired uploads", deleted);
        }

        return deleted;
    }

    private const string Extension = ".upload";

    private Entry? Find(string token)
    {
        lock (gate)
        {
            return entries.GetValueOrDefault(token);
        }
    }

    // 128 random bits, URL-safe: a token can neither be guessed nor name a path.
    private static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private string PathFor(string token) => Path.Combine(Folder, token + Extension);

    private static string ContentTypeOf(string fileName) =>
        ContentTypes.TryGetContentType(fileName, out var type) ? type : "application/octet-stream";

    private bool DeleteFile(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }

            File.Delete(path);
            return true;
        }
        catch (IOException exception)
        {
            // Still open by a delivery in progress; the next sweep takes it.
            logger.LogWarning(exception, "Could not delete the upload {Path} yet", path);
            return false;
        }
    }

    private sealed class Entry(string token, string owner, string batch, DateTimeOffset expiresAt, string path)
    {
        public string Token { get; } = token;

        public string Owner { get; } = owner;

        public string Batch { get; } = batch;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public string Path { get; } = path;

        public bool Ready { get; set; }

        public string FileName { get; set; } = "";

        public string ContentType { get; set; } = "";

        public long Length { get; set; }

        public PendingUpload ToPending() => new(Token, Owner, Batch, FileName, ContentType, Length, ExpiresAt);
    }
}

/// <summary>A place held for one file while it streams in.</summary>
public sealed record UploadReservation(string Token);

/// <summary>A form referred to an upload that is unknown, expired or another customer's.</summary>
public sealed class UploadUnavailableException(string token)
    : Exception("An attached file is no longer available.")
{
    public string Token { get; } = token;
}
