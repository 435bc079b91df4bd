namespace SupportPortal.Web.Accounts.Data;

/// <summary>
/// A single sign-on token's <c>jti</c> that has been accepted, kept until the token expires so it cannot be replayed.
/// </summary>
public sealed class UsedSsoToken
{
    public const int MaxJtiLength = 200;

    public string Jti { get; set; } = "";

    /// <summary>When the token expires (plus clock skew); after that the row can go, as the token is refused anyway.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
