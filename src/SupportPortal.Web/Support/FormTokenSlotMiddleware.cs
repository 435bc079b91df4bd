using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace SupportPortal.Web.Support;

/// <summary>
/// Runs before the output cache for pages marked <see cref="FormTokenSlotsAttribute"/>: fills each form-token
/// placeholder in the (possibly cached) HTML with this visitor's antiforgery token, and holds back the antiforgery
/// cookie until the response starts — after the output cache has decided what to store — so one visitor's cookie
/// never stops a page from being cached, nor ends up in the cache for others.
/// </summary>
internal sealed class FormTokenSlotMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    private static readonly object HeldCookiesKey = new();

    /// <summary>
    /// The cookies the response sets besides the antiforgery cookie held back here. The output cache sees the
    /// response's headers before the held cookie is added back, so only these would end up in a cached copy.
    /// </summary>
    public static IEnumerable<string?> CookiesSetByPage(HttpContext context)
    {
        var held = context.Items[HeldCookiesKey] is StringValues values ? values : StringValues.Empty;
        return context.Response.Headers.SetCookie.Where(cookie => !held.Contains(cookie));
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<FormTokenSlotsAttribute>() is null)
        {
            await next(context);
            return;
        }

        // The token is bound to the signed-in user, so who that is must be known before it is made.
        await RequestUser.IsSignedInAsync(context);
        var tokens = antiforgery.GetAndStoreTokens(context);
        var heldCookies = context.Response.Headers.SetCookie;
        context.Response.Headers.Remove(HeaderNames.SetCookie);
        context.Items[HeldCookiesKey] = heldCookies;

        context.Response.OnStarting(() =>
        {
            if (!StringValues.IsNullOrEmpty(heldCookies))
            {
                context.Response.Headers.SetCookie = StringValues.Concat(context.Response.Headers.SetCookie, heldCookies);
            }

            // The token's length differs from the placeholder's, so a stored length would be wrong.
            context.Response.ContentLength = null;
            return Task.CompletedTask;
        });

        var originalBody = context.Features.Get<IHttpResponseBodyFeature>()!;
        await using var slots = new TokenSlotFillingStream(
            originalBody.Stream,
            FormTokenSlotsAttribute.PlaceholderBytes,
            Encoding.UTF8.GetBytes(tokens.RequestToken ?? string.Empty));
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(slots, originalBody));
        try
        {
            await next(context);
            await slots.WriteHeldBytesAsync(context.RequestAborted);
        }
        finally
        {
            context.Features.Set(originalBody);
        }
    }
}
