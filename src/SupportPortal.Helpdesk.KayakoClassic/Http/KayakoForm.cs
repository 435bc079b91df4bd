using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace SupportPortal.Helpdesk.KayakoClassic.Http;

/// <summary>
/// An application/x-www-form-urlencoded body for Kayako's POST and PUT calls. Array parameters go as
/// <c>name[]=</c>; a file goes last, base64-encoded and URL-encoded while it is written, so an attachment
/// is never held in memory as one string. The signing handler sends a copy with the authentication fields added.
/// </summary>
internal sealed class KayakoForm : HttpContent
{
    // A multiple of 3, so every chunk but the last encodes without base64 padding.
    private const int FileChunkBytes = 3 * 16 * 1024;

    private readonly List<KeyValuePair<string, string>> fields = [];
    private (string Name, Func<CancellationToken, Task<Stream>> Open)? file;

    public KayakoForm()
    {
        Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
    }

    public KayakoForm Add(string name, string value)
    {
        fields.Add(new(name, value));
        return this;
    }

    public KayakoForm Add(string name, int value) => Add(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An array parameter, one <c>name[]=value</c> per item.</summary>
    public KayakoForm AddList(string name, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            Add(name + "[]", value);
        }

        return this;
    }

    /// <summary>The file's bytes as the last field, base64-encoded while the body is sent.</summary>
    public KayakoForm AddBase64File(string name, Func<CancellationToken, Task<Stream>> open)
    {
        file = (name, open);
        return this;
    }

    /// <summary>
    /// A copy with the authentication fields added. Each attempt sends its own copy: an attempt abandoned by a retry
    /// may still be writing its body while the next one is signed, so the fields it writes must not change.
    /// </summary>
    public KayakoForm Signed(string apiKey, RequestSignature signature)
    {
        var signed = new KayakoForm { file = file };
        signed.fields.AddRange(fields.Where(f => f.Key is not ("apikey" or "salt" or "signature")));
        signed.fields.Add(new("apikey", apiKey));
        signed.fields.Add(new("salt", signature.Salt));
        signed.fields.Add(new("signature", signature.Signature));
        return signed;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(EncodedFields(), cancellationToken);
        if (file is { } attachment)
        {
            var prefix = (fields.Count > 0 ? "&" : string.Empty) + Encode(attachment.Name) + "=";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(prefix), cancellationToken);
            await using var source = await attachment.Open(cancellationToken);
            await WriteBase64Async(source, stream, cancellationToken);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        // With a file the length depends on how many '+', '/' and '=' its base64 holds: sent chunked instead.
        length = file is null ? EncodedFields().Length : 0;
        return file is null;
    }

    private byte[] EncodedFields() =>
        Encoding.ASCII.GetBytes(string.Join('&', fields.Select(f => Encode(f.Key) + "=" + Encode(f.Value))));

    private static string Encode(string value) => Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal);

    private static async Task WriteBase64Async(Stream source, Stream destination, CancellationToken cancellationToken)
    {
        var chunk = new byte[FileChunkBytes];
        var base64 = new byte[Base64.GetMaxEncodedToUtf8Length(FileChunkBytes)];
        var escaped = new byte[base64.Length * 3];
        while (true)
        {
            var read = await source.ReadAtLeastAsync(chunk, chunk.Length, throwOnEndOfStream: false, cancellationToken);
            if (read == 0)
            {
                return;
            }

            Base64.EncodeToUtf8(chunk.AsSpan(0, read), base64, out _, out var written, isFinalBlock: true);
            var length = EscapeBase64(base64.AsSpan(0, written), escaped);
            await destination.WriteAsync(escaped.AsMemory(0, length), cancellationToken);
            if (read < chunk.Length)
            {
                return;
            }
        }
    }

    /// <summary>'+' would arrive as a space; '/' and '=' are escaped too, as a form encoder does.</summary>
    private static int EscapeBase64(ReadOnlySpan<byte> base64, Span<byte> destination)
    {
        var length = 0;
        foreach (var character in base64)
        {
            var escape = character switch
            {
                (byte)'+' => "%2B"u8,
                (byte)'/' => "%2F"u8,
                (byte)'=' => "%3D"u8,
                _ => [],
            };
            if (escape.IsEmpty)
            {
                destination[length++] = character;
            }
            else
            {
                escape.CopyTo(destination[length..]);
                length += escape.Length;
            }
        }

        return length;
    }
}
