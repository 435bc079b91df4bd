namespace SupportPortal.Web.Security;

/// <summary>
/// The named rate-limiting policies page owners attach to their endpoints (<c>.RequireRateLimiting(RateLimitPolicies.SignIn)</c>
/// or <c>[EnableRateLimiting(...)]</c>). Each counts per signed-in customer, else per client address, and is tuned by
/// <c>Portal:RateLimits:&lt;name&gt;:PermitLimit</c> and <c>:WindowSeconds</c>.
/// </summary>
public static class RateLimitPolicies
{
    public const string SignIn = "sign-in";
    public const string Register = "register";
    public const string Sso = "sso";
    public const string Comments = "comments";
    public const string Submissions = "submissions";
    public const string Uploads = "uploads";

    /// <summary>The defaults: generous for a person, tight for a script.</summary>
    internal static readonly IReadOnlyDictionary<string, (int PermitLimit, int WindowSeconds)> Defaults =
        new Dictionary<string, (int, int)>
        {
            [SignIn] = (10, 300),
            [Register] = (5, 3600),
            [Sso] = (30, 60),
            [Comments] = (5, 300),
            [Submissions] = (20, 600),
            [Uploads] = (60, 600),
        };
}
