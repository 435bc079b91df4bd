using System.Text.Encodings.Web;
using Microsoft.Extensions.Localization;
using MimeKit;
using SupportPortal.Web.Accounts.Data;
using SupportPortal.Web.Localization;
using SupportPortal.Web.Theming;

namespace SupportPortal.Web.Accounts.Email;

/// <summary>
/// The e-mails an account gets: confirm your address, confirm a new address, reset your password. Their wording is in
/// AccountText.resx ("Mail.*"), in the language of the request that sends them: the customer's own.
/// </summary>
public sealed class AccountMail(MailTransport transport, PortalBrands brands, IHttpContextAccessor request, IStringLocalizer<AccountText> text)
{
    // The brand of the site the customer used: its host picks it, as it does for pages.
    private string PortalName => brands.ForHost(request.HttpContext?.Request.Host.Host).Name;

    public Task SendAddressConfirmationAsync(PortalUser user, string email, string link, CancellationToken cancellationToken) =>
        SendAsync(
            user,
            email,
            text["Mail.Confirm.Subject", PortalName],
            text["Mail.Confirm.Lead", email, PortalName],
            text["Mail.Confirm.Action"],
            link,
            text["Mail.Confirm.Footnote"],
            cancellationToken);

    public Task SendNewAddressConfirmationAsync(PortalUser user, string newEmail, string link, CancellationToken cancellationToken) =>
        SendAsync(
            user,
            newEmail,
            text["Mail.NewAddress.Subject", PortalName],
            text["Mail.NewAddress.Lead", PortalName, newEmail],
            text["Mail.NewAddress.Action"],
            link,
            text["Mail.NewAddress.Footnote"],
            cancellationToken);

    public Task SendPasswordResetAsync(PortalUser user, string email, string link, CancellationToken cancellationToken) =>
        SendAsync(
            user,
            email,
            text["Mail.Reset.Subject", PortalName],
            text["Mail.Reset.Lead", PortalName],
            text["Mail.Reset.Action"],
            link,
            text["Mail.Reset.Footnote"],
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
        string greeting = string.IsNullOrWhiteSpace(user.DisplayName) ? text["Mail.Hello"] : text["Mail.HelloName", user.DisplayName];
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
