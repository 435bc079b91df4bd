namespace SupportPortal.Web.Security;

/// <summary>The headers every response carries, error pages and static files included.</summary>
public static class SecurityHeadersExtensions
{
    private const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var embedding = app.Services.GetRequiredService<EmbeddingOrigins>();
        app.Use((context, next) =>
        {
            // Set when the response starts: the exception handler clears headers set earlier.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers.ContentSecurityPolicy = ContentSecurityPolicy.HeaderValue(ContentSecurityPolicy.Nonce(context), embedding.Origins);

                // frame-ancestors decides framing; X-Frame-Options only for old browsers, and only when no other site may frame us.
                if (embedding.Origins.Count == 0)
                {
                    headers.XFrameOptions = "SAMEORIGIN";
                }
                else
                {
                    headers.Remove("X-Frame-Options");
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
