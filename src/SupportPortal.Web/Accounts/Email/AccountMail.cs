using System.Text.Encodings.Web;
using MimeKit;
using SupportPortal.Web.Accounts.Data;
using SupportPortal.Web.Theming;

namespace SupportPortal.Web.Accounts.Email;

/// <summary>
/// The e-mails an account gets: confirm your address, confirm a new address, reset your password.
/// Their wording is all here, in one place to translate.
/// </summary>
public sealed class AccountMail(MailTransport transport, PortalBrands brands, IHttpContextAccessor request)
{
    // The brand of the site the customer used: its host picks it, as it does for pages.
    private string PortalName => brands.ForHost(request.HttpContext?.Request.Host.Host).Name;

    public Task SendAddressConfirmationAsync(PortalUser user, string email, string link, CancellationToken cancellationToken) =>
        SendAsync(
            user,
            email,
            $"Confirm your e-mail address for {PortalName}",
            $"Please confirm that {email} is your e-mail address, so that you can sign in to {PortalName} and follow your support requests.",
            "Confirm my e-mail address",
            link,
            "If you did not create an account, you can ignore this e-mail.",
            cancellationToken);

    public Task SendNewAddressConfirmationAsync(PortalUser user, string newEmail, string link, CancellationToken cancellationToken) =>
        SendAsync(
            user,
            newEmail,
            $"Confirm your new e-mail address for {PortalName}",
            $"You asked to change the e-mail address of your {PortalName} account to {newEmail}. Your support requests move with it once you confirm.",
            "Confirm my new e-mail address",
            link,
            "If you did not ask for this, ignore this e-mail: your address stays as it is.",
            cancellationToken);

    public Task SendPasswordResetAsync(PortalUser user, string email, string link, CancellationToken cancellationToken) =>
        SendAsync(
            user,
            email,
            $"Reset your {PortalName} password",
            $"Someone, hopefully you, asked to reset the password of your {PortalName} account.",
            "Choose a new password",
            link,
            "If you did not ask for this, ignore this e-mail: your password stays as it is.",
            cancellationToken);

    private Task SendAsync(
        PortalUser user,
        string email,
        string subject,
        string lead,
        string action,
        string link,
        string footnote,
        CancellationToken cancellationToken)
    {
        var greeting = string.IsNullOrWhiteSpace(user.DisplayName) ? "Hello," : $"Hello {user.DisplayName},";
        var html = HtmlEncoder.Default;
        var body = new BodyBuilder
        {
            TextBody = $"{greeting}\n\n{lead}\n\n{action}:\n{link}\n\n{footnote}\n\n{PortalName}\n",
            HtmlBody = $"""
                <p>{html.Encode(greeting)}</p>
                <p>{html.Encode(lead)}</p>
                <p><a href="{html.Encode(link)}">{html.Encode(action)}</a></p>
                <p>{html.Encode(footnote)}</p>
                <p>{html.Encode(PortalName)}</p>
                """,
        };
        var message = new MimeMessage { Subject = subject, Body = body.ToMessageBody() };
        message.To.Add(new MailboxAddress(user.DisplayName, email));
        return transport.SendAsync(message, cancellationToken);
    }
}
