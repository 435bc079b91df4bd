using System.Text.Json;
using SupportPortal.Web.Theming;

namespace SupportPortal.Web.Embedding;

/// <summary>
/// <c>GET /embed-brand.js</c>: the brand of the host name asked for (name, colours), handed to <c>embed.js</c> so the
/// launcher wears the portal's colours when the host page sets none. A script rather than JSON, because a host
/// page's own Content-Security-Policy already allows the portal's scripts (for embed.js) but not its data.
/// </summary>
internal static class EmbedBrandScript
{
    public const string Path = "/embed-brand.js";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, (CurrentBrand current) =>
        {
            var brand = current.Options;
            var json = JsonSerializer.Serialize(new
            {
                name = brand.Name,
                primary = brand.Theme.Primary,
                primaryText = current.Brand.Theme.PaletteLight.PrimaryContrastText.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex),
            });
            return Results.Text($"window.SupportPortal && window.SupportPortal.useBrand && window.SupportPortal.useBrand({json});", "text/javascript; charset=utf-8");
        })
        .AllowAnonymous()
        .DisableAntiforgery()
        .AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "public, max-age=300";
            return await next(context);
        })
        .ExcludeFromDescription();
}
