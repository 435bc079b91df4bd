using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace SupportPortal.Helpdesk.Embedded.Storage;

/// <summary>
/// Attachment bytes on disk, filed under the SHA-256 of their content ("ab/cd/abcd…"): identical files are kept once,
/// and a file is never changed once written. Content streams through in small buffers, so size costs no memory.
/// </summary>
internal sealed class ContentAddressedFileStore(string rootPath, ILogger<ContentAddressedFileStore> logger)
{
    private const int BufferSize = 81920;
    private const string TemporaryFolderName = ".incoming";

    public string RootPath { get; } = rootPath;

    /// <summary>Creates the store's folders and proves they can be written; throws the I/O error otherwise.</summary>
    public void EnsureWritable()
    {
        Directory.CreateDirectory(TemporaryFolder);
        var probe = Path.Combine(TemporaryFolder, $"write-probe-{Guid.NewGuid():N}");
        File.WriteAllText(probe, "probe");
        File.Delete(probe);
    }

    /// <summary>
    /// Copies <paramref name="content"/> into the store. It goes to a temporary file first, hashed on the way,
    /// and is then moved into place atomically, so a reader never sees a half-written file.
    /// </summary>
    public async Task<StoredContent> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(TemporaryFolder);
        var temporaryPath = Path.Combine(TemporaryFolder, Guid.NewGuid().ToString("N"));
        try
        {
            var (sha256, length) = await CopyHashingAsync(content, temporaryPath, cancellationToken);
            var finalPath = PathOf(sha256);
            if (File.Exists(finalPath))
            {
                logger.LogDebug("Attachment content {Sha256} is already stored; keeping one copy", sha256);
                return new StoredContent(sha256, length);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
            try
            {
                File.Move(temporaryPath, finalPath, overwrite: false);
            }
            catch (IOException) when (File.Exists(finalPath))
            {
                // Another upload of the same bytes won the race; its file is identical to ours.
            }

            return new StoredContent(sha256, length);
        }
        finally
        {
            File.Delete(temporaryPath);
        }
    }

    /// <summary>Opens stored content for an asynchronous, sequential read; null when the store has no such content.</summary>
    public FileStream? OpenRead(string sha256)
    {
        var path = PathOf(sha256);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            logger.LogError("Attachment content {Sha256} is missing from {Path}", sha256, path);
            return null;
        }
    }

    /// <summary>Where content with this hash lives: two levels of folders keep any one folder small.</summary>
    public string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Expected a lower-case hex SHA-256.", nameof(sha256));
        }

        return Path.Combine(RootPath, sha256[..2], sha256[2..4], sha256);
    }

    private string TemporaryFolder => Path.Combine(RootPath, TemporaryFolderName);

    private static async Task<(string Sha256, long Length)> CopyHashingAsync(Stream content, string path, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
        var buffer = new byte[BufferSize];
        long length = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            length += read;
        }

        await target.FlushAsync(cancellationToken);
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), length);
    }
}
