namespace SupportPortal.Helpdesk;

/// <summary>
/// A file going to the helpdesk. The content is opened on demand, so it is streamed rather than held
/// in memory, and can be opened again if a delivery has to be repeated.
/// </summary>
public sealed record AttachmentUpload(
    string FileName,
    string ContentType,
    long Length,
    Func<CancellationToken, Task<Stream>> OpenReadAsync);

/// <summary>
/// A file coming from the helpdesk (getTicketAttachment). The caller owns <see cref="Content"/> and disposes it.
/// </summary>
public sealed record AttachmentContent(string FileName, string ContentType, long Length, Stream Content) : IAsyncDisposable, IDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();

    public void Dispose() => Content.Dispose();
}
