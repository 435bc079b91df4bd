namespace SupportPortal.Helpdesk.KayakoClassic.Xml;

/// <summary>
/// Kayako wraps every value in CDATA, and XmlReader holds a whole CDATA section in memory before handing out any
/// of it — for an attachment, the entire file as base64 text. Base64 needs no CDATA (it has no '&lt;' or '&amp;'),
/// so this stream rewrites <c>&lt;contents&gt;&lt;![CDATA[…]]&gt;&lt;/contents&gt;</c> to <c>&lt;contents&gt;…&lt;/contents&gt;</c>
/// while the bytes pass, and XmlReader can decode the text a buffer at a time. Anything else passes unchanged;
/// a payload that was not base64 after all makes the XML unreadable, which is reported as such.
/// </summary>
internal sealed class Base64CdataUnwrappingStream(Stream source) : Stream
{
    private static readonly byte[] OpenWrapped = "<contents><![CDATA["u8.ToArray();
    private static readonly byte[] OpenPlain = "<contents>"u8.ToArray();
    private static readonly byte[] CloseWrapped = "]]></contents>"u8.ToArray();
    private static readonly byte[] ClosePlain = "</contents>"u8.ToArray();

    private readonly byte[] input = new byte[64 * 1024];
    private byte[] pending = new byte[64 * 1024 + 64];
    private int pendingStart;
    private int pendingEnd;
    private byte[] carry = [];
    private bool insideContents;
    private bool sourceDone;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (pendingStart == pendingEnd && !sourceDone)
        {
            Transform(await source.ReadAsync(input, cancellationToken));
        }

        return TakePending(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (pendingStart == pendingEnd && !sourceDone)
        {
            Transform(source.Read(input, 0, input.Length));
        }

        return TakePending(buffer.AsSpan(offset, count));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            source.Dispose();
        }

        base.Dispose(disposing);
    }

    private int TakePending(Span<byte> destination)
    {
        var count = Math.Min(destination.Length, pendingEnd - pendingStart);
        pending.AsSpan(pendingStart, count).CopyTo(destination);
        pendingStart += count;
        return count;
    }

    /// <summary>Rewrites the carried-over bytes plus <paramref name="read"/> new ones into the pending output.</summary>
    private void Transform(int read)
    {
        sourceDone = read == 0;
        var working = new byte[carry.Length + read];
        carry.CopyTo(working, 0);
        input.AsSpan(0, read).CopyTo(working.AsSpan(carry.Length));
        pendingStart = pendingEnd = 0;

        var rest = working.AsSpan();
        while (true)
        {
            var (find, replacement) = insideContents ? (CloseWrapped, ClosePlain) : (OpenWrapped, OpenPlain);
            var at = rest.IndexOf(find);
            if (at < 0)
            {
                // Keep what could be the start of a marker split across reads.
                var keep = sourceDone ? 0 : Math.Min(rest.Length, find.Length - 1);
                Emit(rest[..^keep]);
                carry = rest[^keep..].ToArray();
                return;
            }

            Emit(rest[..at]);
            Emit(replacement);
            insideContents = !insideContents;
            rest = rest[(at + find.Length)..];
        }
    }

    private void Emit(ReadOnlySpan<byte> bytes)
    {
        if (pendingEnd + bytes.Length > pending.Length)
        {
            Array.Resize(ref pending, pendingEnd + bytes.Length);
        }

        bytes.CopyTo(pending.AsSpan(pendingEnd));
        pendingEnd += bytes.Length;
    }
}
