using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace SupportPortal.Web.Accounts;

/// <summary>
/// The links account e-mails carry, made absolute with the base address the customer used (the request's), and the
/// URL-safe form of Identity's tokens inside them.
/// </summary>
public static class AccountLinks
{
    public const string ConfirmEmailPath = "account/confirm-email";
    public const string ConfirmEmailChangePath = "account/confirm-email-change";
    public const string ResetPasswordPath = "account/reset-password";

    public static string ConfirmEmail(string baseUri, string userId, string token) =>
        QueryHelpers.AddQueryString(Absolute(baseUri, ConfirmEmailPath), new Dictionary<string, string?> { ["userId"] = userId, ["code"] = Encode(token) });

    public static string ConfirmEmailChange(string baseUri, string userId, string newEmail, string token) =>
        QueryHelpers.AddQueryString(
            Absolute(baseUri, ConfirmEmailChangePath),
            new Dictionary<string, string?> { ["userId"] = userId, ["email"] = newEmail, ["code"] = Encode(token) });

    public static string ResetPassword(string baseUri, string token) =>
        QueryHelpers.AddQueryString(Absolute(baseUri, ResetPasswordPath), "code", Encode(token));

    /// <summary>The token from a link's <c>code</c>, or null when the link was mangled.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private static string Absolute(string baseUri, string path) => baseUri.TrimEnd('/') + "/" + path;
}
