namespace SupportPortal.Web.Reliability.Outbox;

/// <summary>
/// The outbox's copies of attachments, one folder per queued write (named by its idempotency key), streamed to disk
/// and flushed before the database row that refers to them is written.
/// </summary>
internal sealed class OutboxFiles(string root)
{
    private const int BufferSize = 81920;

    public string Root { get; } = root;

    public async Task<(string StoredName, long Length)> SaveAsync(string key, int position, Stream content, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Root, key);
        Directory.CreateDirectory(folder);
        var storedName = $"{key}/{position}";
        var final = Path.Combine(folder, position.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var partial = final + ".part";
        long length;
        await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
        {
            await content.CopyToAsync(file, BufferSize, cancellationToken);
            await file.FlushAsync(cancellationToken);

            // On disk, not only in the OS cache: the row that follows promises the file survives a power cut.
            file.Flush(flushToDisk: true);
            length = file.Length;
        }

        File.Move(partial, final, overwrite: true);
        return (storedName, length);
    }

    public Stream OpenRead(string storedName) =>
        new FileStream(Path.Combine(Root, storedName), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public void Delete(string key)
    {
        var folder = Path.Combine(Root, key);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
