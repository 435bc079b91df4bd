using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Accounts.Data;

namespace SupportPortal.Web.Accounts.Sso;

/// <summary>Who a valid single sign-on token vouches for, and what makes it single-use.</summary>
public sealed record SsoIdentity(string Email, string Name, string Jti, DateTimeOffset ExpiresAt);

/// <summary>
/// Checks a host site's token: HS256 with the shared secret (first, so nothing unsigned is trusted), the optional
/// issuer, then the claims the design requires (<c>email</c>, <c>name</c>, <c>iat</c>, <c>exp</c>, <c>jti</c>),
/// a lifetime of at most ten minutes, and the clock. Replay is <see cref="UsedSsoTokens"/>' job.
/// </summary>
public sealed class SsoTokenValidator(SsoSettings settings, TimeProvider time)
{
    /// <summary>How far the host's clock may be from ours.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private static readonly string[] RequiredClaims = ["email", "name", "iat", "exp", "jti"];

    private readonly JsonWebTokenHandler handler = new();

    public async Task<(SsoIdentity? Identity, SsoProblem? Problem)> ValidateAsync(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return Refused(SsoRefusal.MissingToken);
        }

        if (!handler.CanReadToken(token))
        {
            return Refused(SsoRefusal.Malformed);
        }

        var result = await handler.ValidateTokenAsync(token, Parameters());
        if (!result.IsValid)
        {
            return Refused(Classify(result.Exception));
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        foreach (var claim in RequiredClaims)
        {
            if (!jwt.TryGetClaim(claim, out var value) || string.IsNullOrWhiteSpace(value.Value))
            {
                return (null, new SsoProblem(SsoRefusal.MissingClaim, claim));
            }
        }

        var email = jwt.GetClaim("email").Value.Trim();
        if (!CustomerEmail.IsValid(email))
        {
            return Refused(SsoRefusal.InvalidEmail);
        }

        var jti = jwt.GetClaim("jti").Value;
        if (jti.Length > UsedSsoToken.MaxJtiLength)
        {
            return Refused(SsoRefusal.Malformed);
        }

        return CheckLifetime(jwt) is { } refusal
            ? Refused(refusal)
            : (new SsoIdentity(email, DisplayName(jwt.GetClaim("name").Value), jti, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero)), null);
    }

    private TokenValidationParameters Parameters() => new()
    {
        IssuerSigningKey = new SymmetricSecurityKey(settings.SharedSecret),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireSignedTokens = true,
        ValidateIssuer = settings.Issuer is not null,
        ValidIssuer = settings.Issuer,
        ValidateAudience = false,

        // Checked below, after the signature, so that each missing or wrong time claim gets its own answer.
        ValidateLifetime = false,
        RequireExpirationTime = false,
    };

    private SsoRefusal? CheckLifetime(JsonWebToken jwt)
    {
        var issuedAt = jwt.IssuedAt;
        var expires = jwt.ValidTo;
        if (issuedAt == DateTime.MinValue || expires == DateTime.MinValue)
        {
            return SsoRefusal.Malformed;
        }

        if (expires - issuedAt > SsoSettings.MaximumTokenLifetime)
        {
            return SsoRefusal.LifetimeTooLong;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (issuedAt > now + ClockSkew || (jwt.ValidFrom != DateTime.MinValue && jwt.ValidFrom > now + ClockSkew))
        {
            return SsoRefusal.NotYetValid;
        }

        return expires + ClockSkew < now || expires <= issuedAt ? SsoRefusal.Expired : null;
    }

    private static SsoRefusal Classify(Exception exception) => exception switch
    {
        SecurityTokenInvalidAlgorithmException => SsoRefusal.WrongAlgorithm,
        SecurityTokenInvalidIssuerException => SsoRefusal.WrongIssuer,
        SecurityTokenMalformedException or SecurityTokenDecryptionFailedException => SsoRefusal.Malformed,
        _ => SsoRefusal.BadSignature,
    };

    private static string DisplayName(string name)
    {
        name = name.Trim();
        return name.Length <= PortalUser.MaxDisplayNameLength ? name : name[..PortalUser.MaxDisplayNameLength];
    }

    private static (SsoIdentity?, SsoProblem?) Refused(SsoRefusal refusal) => (null, new SsoProblem(refusal));
}
