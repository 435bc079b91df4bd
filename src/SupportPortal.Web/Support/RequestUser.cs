using Microsoft.AspNetCore.Authentication;

namespace SupportPortal.Web.Support;

/// <summary>Who made the request, known even to middleware that runs before the authentication middleware.</summary>
internal static class RequestUser
{
    /// <summary>
    /// True when the request is signed in. Authenticates it on the spot when the authentication middleware has not
    /// run yet (the pipeline's order is not this feature's to decide), and keeps the result on the request as that
    /// middleware would; the handler caches it, so the cookie is read once.
    /// </summary>
    public static async Task<bool> IsSignedInAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            return true;
        }

        if (context.RequestServices.GetService<IAuthenticationSchemeProvider>() is not { } schemes
            || await schemes.GetDefaultAuthenticateSchemeAsync() is null)
        {
            return false;
        }

        var result = await context.AuthenticateAsync();
        if (result.Succeeded)
        {
            context.User = result.Principal;
            return true;
        }

        return false;
    }
}
