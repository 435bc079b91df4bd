using Microsoft.AspNetCore.Mvc;

namespace SupportPortal.Web.Accounts.Sso;

/// <summary>
/// <c>GET or POST /account/sso</c> with <c>jwt</c> and optional <c>return_to</c>: the host site's way in. A valid
/// token signs the customer in and redirects to <c>return_to</c> (local paths only, else "/"); anything else is a 401
/// page that says why. With SSO off (no shared secret) the address does not exist.
/// </summary>
internal static class SsoEndpoint
{
    public const string Path = "/account/sso";
    public const string RefusedPagePath = "/account/sso/refused";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .AllowAnonymous()

            // The host site posts the token from its own pages: it cannot carry our antiforgery token, and the
            // signed, single-use token is what proves the request.
            .DisableAntiforgery()
            .RequireRateLimiting(AccountRateLimits.SsoPolicy)
            .ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        [FromServices] SsoSettings settings,
        [FromServices] SsoTokenValidator validator,
        [FromServices] UsedSsoTokens usedTokens,
        [FromServices] SsoSignIn signIn,
        [FromServices] ILoggerFactory loggers)
    {
        if (!settings.Enabled)
        {
            return Results.NotFound();
        }

        var (token, returnTo) = await ReadParametersAsync(context.Request);
        var (identity, problem) = await validator.ValidateAsync(token);
        if (identity is not null && !await usedTokens.TryUseAsync(identity, context.RequestAborted))
        {
            problem = new SsoProblem(SsoRefusal.Replayed);
        }

        if (problem is not null)
        {
            loggers.CreateLogger(typeof(SsoEndpoint)).LogWarning("Refused a single sign-on token: {Refusal} {Claim}", problem.Refusal, problem.Claim);
            context.Items[typeof(SsoProblem)] = problem;
            return new PortalPageResult(RefusedPagePath, StatusCodes.Status401Unauthorized);
        }

        await signIn.SignInAsync(identity!);
        return Results.Redirect(ReturnPath.LocalOrHome(returnTo));
    }

    private static async Task<(string? Token, string? ReturnTo)> ReadParametersAsync(HttpRequest request)
    {
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return (form["jwt"].FirstOrDefault(), form["return_to"].FirstOrDefault());
        }

        return (request.Query["jwt"].FirstOrDefault(), request.Query["return_to"].FirstOrDefault());
    }
}
