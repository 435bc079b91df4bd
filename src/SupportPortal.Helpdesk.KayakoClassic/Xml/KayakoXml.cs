using System.Xml;
using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Http;

namespace SupportPortal.Helpdesk.KayakoClassic.Xml;

/// <summary>
/// Reads Kayako's XML replies safely: no DTDs, no external resolution, a bound on the document's size.
/// Lists are read element by element so a long list never sits in memory as one document.
/// </summary>
internal static class KayakoXml
{
    /// <summary>Replies without file contents: reference data, tickets with their threads, lists.</summary>
    public const long ReplyCharacters = 32L * 1024 * 1024;

    /// <summary>A streamed list (a customer's tickets): read one item at a time, so the bound only stops a reply that never ends.</summary>
    public const long ListReplyCharacters = 512L * 1024 * 1024;

    /// <summary>An attachment reply carries the file as base64 (4 characters per 3 bytes): about 144 MiB of file.</summary>
    public const long AttachmentReplyCharacters = 192L * 1024 * 1024;

    public static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 0,

        // Kayako passes post contents through as typed, control characters included; refusing the whole ticket for one would help nobody.
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>The whole reply as one element, for replies of bounded size.</summary>
    public static async Task<XElement> ReadRootAsync(HttpResponseMessage response, string controller, CancellationToken cancellationToken)
    {
        await response.EnsureSuccessAsync(controller, cancellationToken);
        try
        {
            using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync(cancellationToken), Settings(ReplyCharacters));
            var document = await XDocument.LoadAsync(reader, LoadOptions.None, cancellationToken);
            var root = document.Root ?? throw KayakoReplies.Unreadable(controller, "the reply is empty.");
            RefuseHtml(root.Name.LocalName, controller);
            return root;
        }
        catch (XmlException exception)
        {
            throw KayakoReplies.Unreadable(controller, exception.Message, exception);
        }
    }

    /// <summary>
    /// Calls <paramref name="onItem"/> for each <paramref name="itemName"/> element directly under the root,
    /// holding one item at a time.
    /// </summary>
    public static Task ForEachItemAsync(
        HttpResponseMessage response,
        string controller,
        string itemName,
        Action<XElement> onItem,
        CancellationToken cancellationToken) =>
        ForEachItemAsync(response, controller, [itemName], onItem, cancellationToken);

    /// <summary>As above, for a list whose items Kayako's documentation and code name differently.</summary>
    public static async Task ForEachItemAsync(
        HttpResponseMessage response,
        string controller,
        string[] itemNames,
        Action<XElement> onItem,
        CancellationToken cancellationToken)
    {
        await response.EnsureSuccessAsync(controller, cancellationToken);
        try
        {
            using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync(cancellationToken), Settings(ListReplyCharacters));
            if (await reader.MoveToContentAsync() != XmlNodeType.Element)
            {
                throw KayakoReplies.Unreadable(controller, "the reply has no root element.");
            }

            RefuseHtml(reader.LocalName, controller);

            if (reader.IsEmptyElement)
            {
                return;
            }

            await reader.ReadAsync();
            while (!reader.EOF && reader.Depth > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NodeType != XmlNodeType.Element)
                {
                    await reader.ReadAsync();
                }
                else if (itemNames.Contains(reader.LocalName))
                {
                    // ReadFrom leaves the reader on the node after the item.
                    onItem((XElement)await XNode.ReadFromAsync(reader, cancellationToken));
                }
                else
                {
                    await reader.SkipAsync();
                }
            }
        }
        catch (XmlException exception)
        {
            throw KayakoReplies.Unreadable(controller, exception.Message, exception);
        }
    }

    /// <summary>
    /// A well-formed HTML page where Kayako's XML should be (a PHP error page, a maintenance or sign-in page in front of
    /// Kayako, a BaseUrl pointing at the web site) would otherwise read as an empty list.
    /// </summary>
    private static void RefuseHtml(string rootName, string controller)
    {
        if (rootName.Equals("html", StringComparison.OrdinalIgnoreCase))
        {
            throw KayakoReplies.Unreadable(
                controller,
                "the reply is an HTML page, not Kayako's XML (a PHP error, or Helpdesk:KayakoClassic:BaseUrl not pointing at the REST index.php).");
        }
    }
}
