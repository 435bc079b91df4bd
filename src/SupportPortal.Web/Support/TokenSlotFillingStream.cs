using System.Buffers;

namespace SupportPortal.Web.Support;

/// <summary>
/// A write-through stream that replaces every occurrence of a placeholder with a token, even when the placeholder
/// arrives split across writes: the few trailing bytes that could begin one are held back until the next write.
/// </summary>
internal sealed class TokenSlotFillingStream(Stream inner, byte[] placeholder, byte[] token) : Stream
{
    private readonly byte[] held = new byte[placeholder.Length];
    private int heldCount;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var data = ArrayPool<byte>.Shared.Rent(heldCount + buffer.Length);
        try
        {
            held.AsSpan(0, heldCount).CopyTo(data);
            buffer.Span.CopyTo(data.AsSpan(heldCount));
            var length = heldCount + buffer.Length;
            heldCount = 0;

            var position = 0;
            while (true)
            {
                var found = data.AsSpan(position, length - position).IndexOf(placeholder);
                if (found < 0)
                {
                    break;
                }

                await inner.WriteAsync(data.AsMemory(position, found), cancellationToken);
                await inner.WriteAsync(token, cancellationToken);
                position += found + placeholder.Length;
            }

            var keep = PossiblePlaceholderStart(data.AsSpan(position, length - position));
            await inner.WriteAsync(data.AsMemory(position, length - position - keep), cancellationToken);
            data.AsSpan(length - keep, keep).CopyTo(held);
            heldCount = keep;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(data);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    /// <summary>Writes what was held back in case it began a placeholder: the response is complete.</summary>
    public async Task WriteHeldBytesAsync(CancellationToken cancellationToken)
    {
        if (heldCount > 0)
        {
            await inner.WriteAsync(held.AsMemory(0, heldCount), cancellationToken);
            heldCount = 0;
        }
    }

    // Held bytes wait for the next write or the end of the response; flushing them early could split a placeholder.
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>How many bytes at the end of <paramref name="data"/> are the beginning of the placeholder.</summary>
    private int PossiblePlaceholderStart(ReadOnlySpan<byte> data)
    {
        for (var keep = Math.Min(placeholder.Length - 1, data.Length); keep > 0; keep--)
        {
            if (data[^keep..].SequenceEqual(placeholder.AsSpan(0, keep)))
            {
                return keep;
            }
        }

        return 0;
    }
}
