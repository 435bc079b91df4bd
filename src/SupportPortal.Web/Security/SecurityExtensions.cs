using Microsoft.AspNetCore.Antiforgery;

namespace SupportPortal.Web.Security;

/// <summary>The portal's protections: headers, framing, rate limits, size limits, correlation ids (the key ring lives in the portal store, see AccountsExtensions).</summary>
public static class SecurityExtensions
{
    public static IHostApplicationBuilder AddPortalSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(EmbeddingOrigins.Read(builder.Configuration));
        builder.Services.AddPortalRateLimiting(builder.Configuration);
        builder.Services.AddPortalRequestLimits(builder.Configuration);

        // Framing is decided by CSP frame-ancestors (and X-Frame-Options set with it); antiforgery's own header would contradict it.
        builder.Services.Configure<AntiforgeryOptions>(options => options.SuppressXFrameOptionsHeader = true);
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = false;
        });
        return builder;
    }

    /// <summary>Correlation ids, then the security headers (the rate limiter itself is added by UsePortalAccounts).</summary>
    public static WebApplication UsePortalSecurity(this WebApplication app)
    {
        app.UseCorrelationId();
        app.UseSecurityHeaders();
        return app;
    }
}
