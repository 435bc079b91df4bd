using System.Text.RegularExpressions;
using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Rendering;

/// <summary>The &lt;post&gt; fields shared by Ticket (with posts) and TicketPost.</summary>
internal static partial class PostXml
{
    public static void Fields(KayakoXml xml, TicketPostRow post) =>
        xml.Tag("id", post.Id)
            .Tag("ticketpostid", post.Id)
            .Tag("ticketid", post.TicketId)
            .Tag("dateline", post.Dateline)
            .Tag("userid", post.UserId)
            .Tag("fullname", post.FullName)
            .Tag("email", post.Email)
            .Tag("emailto", post.EmailTo)
            .Tag("ipaddress", post.IpAddress)
            .Tag("hasattachments", post.HasAttachments)
            .Tag("creator", post.Creator)
            .Tag("isthirdparty", 0)
            .Tag("ishtml", post.IsHtml)
            .Tag("isemailed", post.IsEmailed)
            .Tag("staffid", post.StaffId)
            .Tag("issurveycomment", 0)
            .Tag("contents", post.Contents)
            .Tag("isprivate", post.IsPrivate);

    /// <summary>Controller_TicketPost::ListAll: posts with their attachments inline (base64), non-printables stripped from contents.</summary>
    public static KayakoXml RenderWithAttachments(KayakoStore store, IEnumerable<TicketPostRow> posts)
    {
        var xml = new KayakoXml().Open("posts");
        foreach (var post in posts)
        {
            xml.Open("post");
            Fields(xml, new TicketPostRow
            {
                Id = post.Id,
                TicketId = post.TicketId,
                Dateline = post.Dateline,
                UserId = post.UserId,
                FullName = post.FullName,
                Email = post.Email,
                EmailTo = post.EmailTo,
                IpAddress = post.IpAddress,
                HasAttachments = post.HasAttachments,
                Creator = post.Creator,
                IsHtml = post.IsHtml,
                IsEmailed = post.IsEmailed,
                StaffId = post.StaffId,
                Contents = NonPrintable().Replace(post.Contents, string.Empty),
                IsPrivate = post.IsPrivate,
            });

            if (post.HasAttachments != 0)
            {
                xml.Open("attachments");
                foreach (var attachment in store.AttachmentsOfPost(post.Id))
                {
                    xml.Open("attachment")
                        .Tag("id", attachment.Id)
                        .Tag("filename", attachment.FileName)
                        .Tag("filesize", attachment.FileSize)
                        .Tag("filetype", attachment.FileType)
                        .Tag("dateline", attachment.Dateline)
                        .Tag("contents", Convert.ToBase64String(attachment.Contents))
                        .Close("attachment");
                }

                xml.Close("attachments");
            }

            xml.Close("post");
        }

        return xml.Close("posts");
    }

    // SWIFT-1949: preg_replace('/(?![\x{000d}\x{000a}\x{0009}])\p{C}/u', '', ...)
    [GeneratedRegex(@"(?![\r\n\t])\p{C}")]
    private static partial Regex NonPrintable();
}
