using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SupportPortal.Helpdesk.Embedded.Seeding;

/// <summary>Small attachment files for the demo tickets, generated in code so the repository holds no binaries.</summary>
internal static class DemoFiles
{
    public static byte[] Text(string content) => Encoding.UTF8.GetBytes(content.ReplaceLineEndings("\n"));

    /// <summary>A 320×200 PNG that looks like a screenshot of an application window showing an error.</summary>
    public static byte[] ErrorScreenshot() => Png(320, 200, (x, y) =>
    {
        if (y < 24)
        {
            return (0x15, 0x65, 0xC0); // title bar
        }

        if (x is >= 60 and < 260 && y is >= 70 and < 140)
        {
            var border = x is < 62 or >= 258 || y is < 72 or >= 138;
            return border ? ((byte)0xC6, (byte)0x28, (byte)0x28) : ((byte)0xFF, (byte)0xEB, (byte)0xEE); // error dialog
        }

        var stripe = (y / 16) % 2 == 0;
        return stripe ? ((byte)0xFA, (byte)0xFA, (byte)0xFA) : ((byte)0xEE, (byte)0xEE, (byte)0xEE); // list rows
    });

    /// <summary>A minimal truecolour PNG: IHDR, one zlib-compressed IDAT, IEND.</summary>
    public static byte[] Png(int width, int height, Func<int, int, (byte R, byte G, byte B)> pixel)
    {
        var raw = new byte[height * ((width * 3) + 1)];
        var offset = 0;
        for (var y = 0; y < height; y++)
        {
            raw[offset++] = 0; // filter type: none
            for (var x = 0; x < width; x++)
            {
                var (r, g, b) = pixel(x, y);
                raw[offset++] = r;
                raw[offset++] = g;
                raw[offset++] = b;
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: truecolour

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
