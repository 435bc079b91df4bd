using System.Text.RegularExpressions;
using MimeKit;

namespace SupportPortal.Web.Tests.Accounts;

/// <summary>Reads the .eml files the portal wrote to its pickup folder, as the README tells a demo user to.</summary>
public static partial class PickupMail
{
    /// <summary>The one message sent to <paramref name="recipient"/> whose subject contains <paramref name="subjectPart"/>.</summary>
    public static MimeMessage SingleTo(string folder, string recipient, string subjectPart)
    {
        var messages = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Select(path => MimeMessage.Load(path)).ToList()
            : [];
        return Assert.Single(messages, m =>
            m.To.Mailboxes.Any(b => string.Equals(b.Address, recipient, StringComparison.OrdinalIgnoreCase))
            && (m.Subject ?? "").Contains(subjectPart, StringComparison.Ordinal));
    }

    /// <summary>The link in the message's text that starts with the portal's base address and <paramref name="path"/>.</summary>
    public static Uri Link(MimeMessage message, string path)
    {
        var match = Assert.Single(LinkPattern().Matches(message.TextBody ?? ""), m => new Uri(m.Value).AbsolutePath == path);
        return new Uri(match.Value);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
