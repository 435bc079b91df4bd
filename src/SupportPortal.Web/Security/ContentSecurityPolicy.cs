using System.Security.Cryptography;

namespace SupportPortal.Web.Security;

/// <summary>
/// The portal's Content-Security-Policy. Scripts only from the portal itself, plus the one inline script Blazor writes
/// (the import map), which carries this request's nonce. Styles allow inline because MudBlazor sets style attributes and
/// writes its theme as a style element. Framing is limited to the portal and <c>Portal:Embedding:AllowedOrigins</c>.
/// </summary>
public static class ContentSecurityPolicy
{
    private const string NonceKey = "SupportPortal.CspNonce";

    /// <summary>This request's nonce for an inline script element (App.razor puts it on the import map).</summary>
    public static string Nonce(HttpContext? context)
    {
        if (context is null)
        {
            return "";
        }

        if (context.Items[NonceKey] is string existing)
        {
            return existing;
        }

        // base64url: "+" would be HTML-encoded in the nonce attribute and no longer read the same as in the header.
        var nonce = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        return nonce;
    }

    public static string HeaderValue(string nonce, IReadOnlyList<string> frameAncestors) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' 'nonce-{nonce}'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: https:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        $"frame-ancestors {string.Join(' ', frameAncestors.Prepend("'self'"))}");
}
