using System.Net.Mail;

namespace SupportPortal.Helpdesk;

/// <summary>The one rule every backend uses to tell a usable customer e-mail address (-2 otherwise).</summary>
public static class CustomerEmail
{
    public static bool IsValid(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Length > 254 || email.Trim() != email)
        {
            return false;
        }

        // MailAddress also accepts display-name forms such as "Bob <bob@example.com>"; a customer address must be bare.
        return MailAddress.TryCreate(email, out var parsed)
            && parsed.Address == email
            && parsed.Host.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>Throws <see cref="HelpdeskError.InvalidEmail"/> unless the address is usable.</summary>
    public static string Require(string? email) =>
        IsValid(email) ? email! : throw new HelpdeskException(HelpdeskError.InvalidEmail);

    /// <summary>How addresses are compared: case-insensitively, as mail systems do in practice.</summary>
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
