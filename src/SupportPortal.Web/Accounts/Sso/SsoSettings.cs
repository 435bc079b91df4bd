using System.Text;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Accounts.Sso;

/// <summary>
/// <c>Portal:Sso</c>: single sign-on from the host site. Without <c>SharedSecret</c> it is off and
/// <c>/account/sso</c> answers 404.
/// </summary>
/// <param name="SharedSecret">The HS256 key the host signs tokens with (UTF-8 bytes), or null when SSO is off.</param>
/// <param name="Issuer">When set, a token's <c>iss</c> must equal it.</param>
/// <param name="LoginUrl">When set, the sign-in page offers "Sign in with <see cref="ProviderName"/>" linking there.</param>
/// <param name="ProviderName">What that link calls the host site (<c>Portal:Sso:ProviderName</c>, default <c>Portal:Name</c>).</param>
public sealed record SsoSettings(byte[]? SharedSecret, string? Issuer, string? LoginUrl, string ProviderName)
{
    public const string SectionName = "Portal:Sso";

    // HS256 needs a key at least as long as its hash (RFC 7518, 3.2); the token library refuses shorter ones.
    public const int MinimumSecretBytes = 32;

    /// <summary>The longest a token may live, from <c>iat</c> to <c>exp</c>.</summary>
    public static readonly TimeSpan MaximumTokenLifetime = TimeSpan.FromMinutes(10);

    public bool Enabled => SharedSecret is not null;

    public static SsoSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        byte[]? secret = null;
        if (!string.IsNullOrEmpty(section["SharedSecret"]))
        {
            secret = Encoding.UTF8.GetBytes(section["SharedSecret"]!);
            if (secret.Length < MinimumSecretBytes)
            {
                throw new HelpdeskConfigurationException(
                    $"{SectionName}:SharedSecret",
                    $"{SectionName}:SharedSecret is {secret.Length} bytes long; HS256 needs at least {MinimumSecretBytes} (use a random string of 43 or more characters).");
            }
        }

        var loginUrl = Blank(section["LoginUrl"]);
        if (loginUrl is not null && !IsWebAddress(loginUrl))
        {
            throw new HelpdeskConfigurationException(
                $"{SectionName}:LoginUrl",
                $"{SectionName}:LoginUrl must be the host site's sign-in page as an http(s) address, not \"{loginUrl}\".");
        }

        var providerName = Blank(section["ProviderName"]) ?? Blank(configuration["Portal:Name"]) ?? "your account";
        return new SsoSettings(secret, Blank(section["Issuer"]), loginUrl, providerName);
    }

    /// <summary>The host's sign-in page, asked to send the customer back to <paramref name="returnPath"/> afterwards.</summary>
    public string? LoginUrlFor(string returnPath)
    {
        if (LoginUrl is null)
        {
            return null;
        }

        var separator = LoginUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return $"{LoginUrl}{separator}return_to={Uri.EscapeDataString(ReturnPath.LocalOrHome(returnPath))}";
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
