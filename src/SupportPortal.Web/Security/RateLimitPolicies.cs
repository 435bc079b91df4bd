using SupportPortal.Web.Accounts;

namespace SupportPortal.Web.Security;

/// <summary>
/// The named rate-limiting policies page owners attach to their endpoints (<c>.RequireRateLimiting(RateLimitPolicies.Uploads)</c>
/// or <c>[EnableRateLimiting(...)]</c>). Sign-in, registration and SSO are the accounts' own policies (per client address,
/// <c>Portal:RateLimits:SignInPerMinute</c>, ...); comments, submissions and uploads count per signed-in customer, else per
/// client address, tuned by <c>Portal:RateLimits:&lt;name&gt;:PermitLimit</c> and <c>:WindowSeconds</c>. A refusal is the
/// 429 page at /too-many-requests.
/// </summary>
public static class RateLimitPolicies
{
    public const string SignIn = AccountRateLimits.SignInPolicy;
    public const string Register = AccountRateLimits.RegistrationPolicy;
    public const string Sso = AccountRateLimits.SsoPolicy;
    public const string Comments = "comments";
    public const string Submissions = "submissions";
    public const string Uploads = "uploads";

    /// <summary>The defaults: generous for a person, tight for a script.</summary>
    internal static readonly IReadOnlyDictionary<string, (int PermitLimit, int WindowSeconds)> Defaults =
        new Dictionary<string, (int, int)>
        {
            [Comments] = (5, 300),
            [Submissions] = (20, 600),
            [Uploads] = (60, 600),
        };
}
