using Microsoft.AspNetCore.CookiePolicy;

namespace SupportPortal.Web.Embedding;

/// <summary>
/// When other sites may frame the portal, every cookie it sets (sign-in, antiforgery, votes) must survive inside their
/// frame: SameSite=None and Secure, which browsers require for a cookie sent in a third-party frame, and Partitioned
/// (CHIPS), which keeps it working where third-party cookies are blocked: the browser keeps a separate jar per host
/// site, so the portal still cannot follow a customer from one site to another. ASP.NET Core's CookieOptions has no
/// Partitioned property, so it is added as a cookie attribute extension.
/// </summary>
internal static class ThirdPartyCookies
{
    public const string PartitionedAttribute = "Partitioned";

    public static void Configure(CookiePolicyOptions options)
    {
        options.MinimumSameSitePolicy = SameSiteMode.None;
        options.Secure = CookieSecurePolicy.Always;
        options.OnAppendCookie = context => MakeFrameable(context.CookieOptions);

        // A partitioned cookie is only deleted by a Set-Cookie that names the same partition.
        options.OnDeleteCookie = context => MakeFrameable(context.CookieOptions);
    }

    private static void MakeFrameable(CookieOptions cookie)
    {
        cookie.SameSite = SameSiteMode.None;
        cookie.Secure = true;
        if (!cookie.Extensions.Contains(PartitionedAttribute, StringComparer.OrdinalIgnoreCase))
        {
            cookie.Extensions.Add(PartitionedAttribute);
        }
    }
}
