using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace SupportPortal.Web.Health;

/// <summary><c>/healthz</c> says the process answers; <c>/readyz</c> says the helpdesk and the portal store do too (with the outbox backlog).</summary>
public static class HealthExtensions
{
    internal const string ReadyTag = "ready";

    // Long enough for a slow helpdesk, short enough that a load balancer's probe gets an answer before it gives up.
    internal static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(5);

    public static IHostApplicationBuilder AddPortalHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<HelpdeskReadinessCheck>("helpdesk", tags: [ReadyTag], timeout: ReadinessTimeout)
            .AddCheck<OutboxReadinessCheck>("portal-store", tags: [ReadyTag], timeout: ReadinessTimeout);
        return builder;
    }

    public static WebApplication MapPortalHealthChecks(this WebApplication app)
    {
        // Liveness runs no check: restarting the portal would not bring a helpdesk back.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
