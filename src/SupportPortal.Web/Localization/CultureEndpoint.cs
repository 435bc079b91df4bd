using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;
using SupportPortal.Web.Accounts;

namespace SupportPortal.Web.Localization;

/// <summary>
/// <c>POST /culture</c>, from the language picker: a plain form post (so it works on static pages) with the antiforgery
/// token; remembers the chosen language in a cookie for a year and goes back to the page it came from (local only).
/// </summary>
internal static class CultureEndpoint
{
    public const string Path = "/culture";

    public const string RefusedPagePath = "/culture/refused";

    private static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, (Delegate)ChangeAsync)
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();

    private static async Task<IResult> ChangeAsync(HttpContext context)
    {
        // Checked here: the antiforgery middleware only records its verdict. No verdict at all is a refusal too.
        if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true } || !context.Request.HasFormContentType)
        {
            return new PortalPageResult(RefusedPagePath, StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var culture = form["culture"].FirstOrDefault();
        if (PortalCultures.IsSupported(culture))
        {
            var name = culture!.ToLowerInvariant();
            context.Response.Cookies.Append(
                PortalCultures.CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions
                {
                    MaxAge = Remembered,
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                });
        }

        return Results.Redirect(ReturnPath.LocalOrHome(form["returnUrl"].FirstOrDefault()));
    }
}
