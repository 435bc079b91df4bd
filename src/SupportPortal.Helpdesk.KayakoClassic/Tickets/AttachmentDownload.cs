using System.Xml;
using SupportPortal.Helpdesk.KayakoClassic.Http;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.Tickets;

/// <summary>
/// Reads Tickets/TicketAttachment's reply — the file as base64 inside &lt;contents&gt; — decoding it while it streams
/// into a temporary file that deletes itself when closed. The caller gets that file with its exact length and
/// the HTTP connection is free again; no more than a buffer of the file is ever in memory.
/// </summary>
internal static class AttachmentDownload
{
    private const string Controller = KayakoAttachmentInfo.Controller;
    private const int BufferBytes = 64 * 1024;

    public static async Task<AttachmentContent> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.EnsureSuccessAsync(Controller, cancellationToken);
        var file = CreateTemporaryFile();
        try
        {
            var (name, type, found) = await DecodeIntoAsync(response, file, cancellationToken);
            if (!found)
            {
                throw KayakoReplies.Unreadable(Controller, "the reply holds no attachment contents.");
            }

            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            return new AttachmentContent(name, KayakoAttachmentInfo.ContentTypeOf(type), file.Length, file);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static FileStream CreateTemporaryFile() =>
        new(
            Path.Combine(Path.GetTempPath(), $"supportportal-kayako-{Guid.NewGuid():N}.tmp"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            BufferBytes,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose | FileOptions.SequentialScan);

    private static async Task<(string Name, string Type, bool Found)> DecodeIntoAsync(HttpResponseMessage response, Stream file, CancellationToken cancellationToken)
    {
        string name = string.Empty, type = string.Empty;
        var found = false;
        try
        {
            using var reader = XmlReader.Create(
                new Base64CdataUnwrappingStream(await response.Content.ReadAsStreamAsync(cancellationToken)),
                KayakoXml.Settings(KayakoXml.AttachmentReplyCharacters));

            // <attachments><attachment>...</attachment></attachments>; the first attachment is the one asked for.
            if (!await MoveToAttachmentAsync(reader))
            {
                return (name, type, found);
            }

            var depth = reader.Depth;
            await reader.ReadAsync();
            while (!reader.EOF && reader.Depth > depth)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    await reader.ReadAsync();
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "contents":
                        await DecodeBase64Async(reader, file, cancellationToken);
                        found = true;
                        break;
                    case "filename":
                        name = await reader.ReadElementContentAsStringAsync();
                        break;
                    case "filetype":
                        type = await reader.ReadElementContentAsStringAsync();
                        break;
                    default:
                        await reader.SkipAsync();
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is XmlException or FormatException)
        {
            throw KayakoReplies.Unreadable(Controller, exception.Message, exception);
        }

        return (name.Trim(), type, found);
    }

    private static async Task<bool> MoveToAttachmentAsync(XmlReader reader)
    {
        while (await reader.ReadAsync())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "attachment" && !reader.IsEmptyElement)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task DecodeBase64Async(XmlReader reader, Stream file, CancellationToken cancellationToken)
    {
        if (reader.IsEmptyElement)
        {
            await reader.ReadAsync();
            return;
        }

        var buffer = new byte[BufferBytes];
        int read;
        while ((read = await reader.ReadElementContentAsBase64Async(buffer, 0, buffer.Length)) > 0)
        {
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }
}
