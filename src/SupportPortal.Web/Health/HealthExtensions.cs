using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SupportPortal.Web.Helpdesk;

namespace SupportPortal.Web.Health;

/// <summary><c>/healthz</c> says the process answers; <c>/readyz</c> says the helpdesk and the portal store do too (with the outbox backlog).</summary>
public static class HealthExtensions
{
    internal const string ReadyTag = "ready";

    // Checks of brands' own helpdesks, which /readyz names when they fail.
    private const string BrandHelpdeskTag = "brand-helpdesk";

    // Long enough for a slow helpdesk, short enough that a load balancer's probe gets an answer before it gives up.
    internal static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(5);

    public static IHostApplicationBuilder AddPortalHealthChecks(this IHostApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<HelpdeskReadinessCheck>("helpdesk", tags: [ReadyTag], timeout: ReadinessTimeout)
            .AddCheck<OutboxReadinessCheck>("portal-store", tags: [ReadyTag], timeout: ReadinessTimeout);
        foreach (var brand in HelpdeskExtensions.BrandsWithOwnHelpdesk(builder.Configuration))
        {
            var host = brand.Key;
            checks.Add(new HealthCheckRegistration(
                $"helpdesk of brand {host}",
                services => new HelpdeskReadinessCheck(services.GetRequiredService<HelpdeskDirectory>().Get(host)),
                failureStatus: null,
                tags: [ReadyTag, BrandHelpdeskTag],
                timeout: ReadinessTimeout));
        }

        return builder;
    }

    public static WebApplication MapPortalHealthChecks(this WebApplication app)
    {
        // Liveness runs no check: restarting the portal would not bring a helpdesk back.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteReadinessAsync });
        return app;
    }

    // The overall status, as before; then each brand whose own helpdesk fails, so the operator knows which to fix.
    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        var failing = report.Entries
            .Where(e => e.Value.Status != HealthStatus.Healthy && e.Value.Tags.Contains(BrandHelpdeskTag))
            .Select(e => $"{e.Key}: {e.Value.Status}");
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync(string.Join("\n", failing.Prepend(report.Status.ToString())));
    }
}
