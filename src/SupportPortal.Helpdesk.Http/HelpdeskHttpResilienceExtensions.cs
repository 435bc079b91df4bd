using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using SupportPortal.Helpdesk.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The one resilience pipeline every HTTP helpdesk adapter puts on its clients.</summary>
public static class HelpdeskHttpResilienceExtensions
{
    /// <summary>
    /// Adds the standard pipeline (rate limiter, total timeout, retry, circuit breaker, attempt timeout) configured from
    /// <c>Helpdesk:Http</c>: retries with exponential backoff and jitter for GET/HEAD/OPTIONS only, Retry-After honoured
    /// on 429 and 503, and a circuit breaker that stops calling a failing helpdesk for a while.
    /// A write is never repeated here: its outcome may be unknown, and the portal's outbox repeats it only after
    /// checking the helpdesk does not have it already.
    /// </summary>
    public static IHttpClientBuilder AddHelpdeskHttpResilience(this IHttpClientBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = new HelpdeskHttpResilienceOptions();
        configuration.GetSection(HelpdeskHttpResilienceOptions.SectionName).Bind(settings);
        builder.AddStandardResilienceHandler(options => Apply(options, settings));
        return builder;
    }

    /// <summary>The pipeline's settings from <paramref name="settings"/>; public so a test can see what an adapter gets.</summary>
    public static void Apply(HttpStandardResilienceOptions options, HelpdeskHttpResilienceOptions settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        options.AttemptTimeout.Timeout = settings.AttemptTimeout;
        options.TotalRequestTimeout.Timeout = settings.TotalTimeout;

        options.Retry.MaxRetryAttempts = settings.MaxRetries;
        options.Retry.Delay = settings.RetryDelay;
        options.Retry.BackoffType = DelayBackoffType.Exponential;
        options.Retry.UseJitter = true;
        options.Retry.ShouldRetryAfterHeader = true;
        options.Retry.DisableForUnsafeHttpMethods();

        options.CircuitBreaker.FailureRatio = settings.BreakerFailureRatio;
        options.CircuitBreaker.MinimumThroughput = settings.BreakerMinimumThroughput;
        options.CircuitBreaker.BreakDuration = settings.BreakDuration;

        // The sampling window has to hold at least two attempts, or the breaker could never see a pattern.
        options.CircuitBreaker.SamplingDuration = settings.BreakerSamplingDuration < settings.AttemptTimeout * 2
            ? settings.AttemptTimeout * 2
            : settings.BreakerSamplingDuration;
    }
}
