using System.Globalization;

namespace SupportPortal.Web.Support;

/// <summary>
/// Which articles this visitor has rated, in a cookie, so each visitor counts once per article. Not signed: a
/// visitor who edits it could as well delete it; it stops double clicks and second thoughts, not a determined voter.
/// </summary>
public static class ArticleVotes
{
    public const string CookieName = "kb_votes";

    // The cookie stays small; a visitor who rated more articles than this may rate the oldest again.
    private const int MaxRemembered = 200;

    public static bool HasVoted(HttpContext context, int articleId) => Read(context).Contains(articleId);

    public static void Remember(HttpContext context, int articleId)
    {
        var voted = Read(context).Where(id => id != articleId).Append(articleId).TakeLast(MaxRemembered);
        context.Response.Cookies.Append(CookieName, string.Join('.', voted), new CookieOptions
        {
            Path = "/kb",
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
    }

    private static List<int> Read(HttpContext context) =>
        (context.Request.Cookies[CookieName] ?? string.Empty)
            .Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .ToList();
}
