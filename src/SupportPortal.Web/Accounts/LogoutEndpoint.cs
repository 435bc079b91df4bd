using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SupportPortal.Web.Accounts.Data;

namespace SupportPortal.Web.Accounts;

/// <summary>
/// <c>POST /account/logout</c>, from the app bar's "Sign out" button. A form post with the antiforgery token, so
/// another site cannot sign the customer out; then home, or to a local <c>returnUrl</c> form field.
/// </summary>
internal static class LogoutEndpoint
{
    public const string RefusedPagePath = "/account/sign-out-refused";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(AccountsExtensions.LogoutPath, SignOutAsync)
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();

    private static async Task<IResult> SignOutAsync(HttpContext context, [FromServices] SignInManager<PortalUser> signIn)
    {
        // Checked here: the antiforgery middleware only records its verdict. No verdict at all is a refusal too.
        if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true } || !context.Request.HasFormContentType)
        {
            // A page of our own: a bare 400 would be re-executed by the status code pages as a POST to a form page.
            return new PortalPageResult(RefusedPagePath, StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        await signIn.SignOutAsync();
        return Results.Redirect(ReturnPath.LocalOrHome(form["returnUrl"].FirstOrDefault()));
    }
}
