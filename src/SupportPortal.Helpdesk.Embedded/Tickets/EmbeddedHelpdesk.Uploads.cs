using Microsoft.Extensions.Logging;
using SupportPortal.Helpdesk.Embedded.Entities;
using SupportPortal.Helpdesk.Embedded.Storage;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>Taking in the files attached to a new ticket or a reply.</summary>
internal sealed partial class EmbeddedHelpdesk
{
    /// <summary>
    /// Streams each upload into the file store and returns what the database needs to know of it.
    /// Files are stored before the database write; should that write fail, the store keeps content nothing refers to,
    /// which is harmless (and deduplicated if the same file comes again).
    /// </summary>
    private async Task<IReadOnlyList<StoredUpload>> StoreUploadsAsync(IReadOnlyList<AttachmentUpload> uploads, CancellationToken cancellationToken)
    {
        var stored = new List<StoredUpload>(uploads.Count);
        foreach (var upload in uploads)
        {
            var fileName = AttachmentMetadata.FileName(upload.FileName);
            Stream content;
            try
            {
                content = await upload.OpenReadAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new HelpdeskException(HelpdeskError.AttachmentFetchFailed, $"The attachment \"{fileName}\" could not be read.", exception);
            }

            await using (content)
            {
                var saved = await files.SaveAsync(content, cancellationToken);
                logger.LogInformation("Stored attachment {FileName} ({Length} bytes) as {Sha256}", fileName, saved.Length, saved.Sha256);
                stored.Add(new StoredUpload(fileName, AttachmentMetadata.ContentType(upload.ContentType), saved));
            }
        }

        return stored;
    }
}

/// <summary>An upload whose bytes are in the file store, ready to be recorded on a post.</summary>
internal sealed record StoredUpload(string FileName, string ContentType, StoredContent Content)
{
    public TicketAttachmentRow ToRow() => new()
    {
        FileName = FileName,
        ContentType = ContentType,
        Size = Content.Length,
        ContentSha256 = Content.Sha256,
    };
}
