using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace SupportPortal.Web.Accounts.Email;

/// <summary>
/// Sends one message through the configured SMTP server (MailKit), or writes it as an .eml file to the pickup folder
/// when no server is configured, as in the demo.
/// </summary>
public sealed class MailTransport(EmailSettings settings, ILogger<MailTransport> logger)
{
    // Long enough for a slow relay, short enough that a customer's form post does not hang.
    private static readonly TimeSpan SmtpTimeout = TimeSpan.FromSeconds(30);

    /// <exception cref="MailNotSentException">The server or the folder refused the message; the cause is inside.</exception>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await DeliverAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Net.Sockets.SocketException
            or MailKit.CommandException or MailKit.ProtocolException or MailKit.Security.AuthenticationException or MailKit.Security.SslHandshakeException)
        {
            throw new MailNotSentException($"\"{message.Subject}\" could not be sent: {exception.Message}", exception);
        }
    }

    private async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        message.From.Clear();
        message.From.Add(settings.From);
        if (settings.UsesPickupDirectory)
        {
            await WriteToPickupDirectoryAsync(message, settings.PickupDirectory!, cancellationToken);
            return;
        }

        using var client = new SmtpClient { Timeout = (int)SmtpTimeout.TotalMilliseconds };
        await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, SecureSocketOptions.Auto, cancellationToken);
        if (settings.Username is not null)
        {
            await client.AuthenticateAsync(settings.Username, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Sent \"{Subject}\" through {SmtpHost}", message.Subject, settings.SmtpHost);
    }

    private async Task WriteToPickupDirectoryAsync(MimeMessage message, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(folder, $".{name}.tmp");

        // Written aside and then renamed, so whoever watches the folder never reads half a message.
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(folder, name));
        logger.LogInformation("Wrote \"{Subject}\" to {File}", message.Subject, Path.Combine(folder, name));
    }
}
