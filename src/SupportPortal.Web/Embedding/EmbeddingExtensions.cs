using Microsoft.AspNetCore.CookiePolicy;
using SupportPortal.Web.Security;

namespace SupportPortal.Web.Embedding;

/// <summary>
/// The portal in a host site's page: <c>wwwroot/embed.js</c> (launcher and panel), the panel pages under
/// <c>/embed/...</c>, and cookies that work in a third-party frame when <c>Portal:Embedding:AllowedOrigins</c> lists
/// sites (framing itself is decided by the Content-Security-Policy, see SecurityHeadersExtensions).
/// </summary>
public static class EmbeddingExtensions
{
    public const string ScriptPath = "/embed.js";

    // Host pages link embed.js by a fixed address, so it cannot be cached for ever; the ETag makes the check cheap.
    private const string ScriptCacheControl = "public, max-age=3600";

    public static IHostApplicationBuilder AddEmbedding(this IHostApplicationBuilder builder)
    {
        if (EmbeddingOrigins.Read(builder.Configuration).Origins.Count > 0)
        {
            builder.Services.Configure<CookiePolicyOptions>(ThirdPartyCookies.Configure);
        }

        return builder;
    }

    /// <summary>Early in the pipeline: routing runs after this, so the <c>/embed</c> path base is in place before it.</summary>
    public static WebApplication UseEmbedding(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.Request.Path.Equals(ScriptPath, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = ScriptCacheControl;

                    // Host sites that isolate themselves (Cross-Origin-Embedder-Policy) may still load it.
                    context.Response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });

        if (app.Services.GetRequiredService<EmbeddingOrigins>().Origins.Count > 0)
        {
            app.UseCookiePolicy();
        }

        app.UseMiddleware<EmbeddedPathMiddleware>();

        // Routing must see the path without /embed. Called explicitly, it no longer brings authentication and
        // authorization along at the pipeline's start, so they follow it here, in the usual order.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        EmbedBrandScript.Map(app);
        return app;
    }
}
