using MimeKit;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Accounts.Email;

/// <summary>
/// <c>Portal:Email</c>: how account e-mail (confirmations, password resets) leaves the portal. With <c>SmtpHost</c>
/// set it goes to that SMTP server; otherwise each message is written as an .eml file to <c>PickupDirectory</c>
/// (the demo configuration: <c>data/mail</c>).
/// </summary>
public sealed record EmailSettings(
    MailboxAddress From,
    string? SmtpHost,
    int SmtpPort,
    string? Username,
    string? Password,
    string? PickupDirectory)
{
    public const string SectionName = "Portal:Email";
    public const int DefaultSmtpPort = 587;

    public static EmailSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var from = section["From"];
        if (string.IsNullOrWhiteSpace(from) || !MailboxAddress.TryParse(from, out var sender) || !sender.Address.Contains('@', StringComparison.Ordinal))
        {
            throw Invalid("From", $"{SectionName}:From must be the address account e-mail is sent from, such as \"Support <support@example.com>\", not \"{from}\".");
        }

        var host = Blank(section["SmtpHost"]);
        var port = DefaultSmtpPort;
        if (Blank(section["SmtpPort"]) is { } portText && (!int.TryParse(portText, out port) || port is < 1 or > 65535))
        {
            throw Invalid("SmtpPort", $"{SectionName}:SmtpPort must be a port number between 1 and 65535, not \"{portText}\".");
        }

        var pickup = Blank(section["PickupDirectory"]);
        if (host is null && pickup is null)
        {
            throw Invalid("SmtpHost", $"{SectionName}:SmtpHost is not set; name the SMTP server account e-mail goes through, or set {SectionName}:PickupDirectory to write it to a folder.");
        }

        if (pickup is not null)
        {
            try
            {
                pickup = Path.GetFullPath(pickup);
            }
            catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
            {
                throw Invalid("PickupDirectory", $"{SectionName}:PickupDirectory names a path that is not valid: \"{pickup}\".", exception);
            }
        }

        return new EmailSettings(sender, host, port, Blank(section["Username"]), Blank(section["Password"]), pickup);
    }

    /// <summary>True when messages go to the pickup folder rather than an SMTP server.</summary>
    public bool UsesPickupDirectory => SmtpHost is null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static HelpdeskConfigurationException Invalid(string key, string message, Exception? inner = null) =>
        new($"{SectionName}:{key}", message, inner);
}
