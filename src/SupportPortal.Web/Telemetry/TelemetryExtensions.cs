using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Components.Server.Circuits;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SupportPortal.Web.Reliability;

namespace SupportPortal.Web.Telemetry;

/// <summary>
/// OpenTelemetry metrics and traces: the portal's meter "SupportPortal" (helpdesk calls by function, outbox depth,
/// open circuits), Polly's resilience events, ASP.NET Core and HttpClient. Exported over OTLP when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set, and as Prometheus text at /metrics when <c>Portal:Telemetry:Prometheus</c> is true
/// (off by default: put it behind the operator's network, not on the internet).
/// </summary>
public static class TelemetryExtensions
{
    public const string PrometheusSetting = "Portal:Telemetry:Prometheus";

    public static IHostApplicationBuilder AddPortalTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.DecorateHelpdesk((provider, key, inner) => new MeasuredHelpdesk(inner, key, provider.GetRequiredService<IMeterFactory>()));
        builder.Services.AddSingleton<CircuitHandler, CircuitMetrics>();

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var prometheus = builder.Configuration.GetValue(PrometheusSetting, false);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["Portal:Name"] is { Length: > 0 } name ? name : "SupportPortal"))
            .WithMetrics(metrics =>
            {
                // System.Runtime: the runtime's own meter (GC heap, working set, thread pool), for capacity and leak watching.
                metrics.AddMeter(PortalMeter.Name, "Polly", "System.Runtime")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }

                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(PortalMeter.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter());
        }

        return builder;
    }

    public static WebApplication MapPortalTelemetry(this WebApplication app)
    {
        if (app.Configuration.GetValue(PrometheusSetting, false))
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }

        return app;
    }
}
