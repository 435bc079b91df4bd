namespace SupportPortal.Web.Accounts.Sso;

/// <summary>Why a single sign-on token was refused; the 401 page turns each into a sentence.</summary>
public enum SsoRefusal
{
    MissingToken,
    Malformed,
    BadSignature,
    WrongAlgorithm,
    WrongIssuer,
    MissingClaim,
    InvalidEmail,
    LifetimeTooLong,
    Expired,
    NotYetValid,
    Replayed,
}

/// <summary>A refusal and, for <see cref="SsoRefusal.MissingClaim"/>, the claim that was missing.</summary>
public sealed record SsoProblem(SsoRefusal Refusal, string? Claim = null);
