using System.Net;
using System.Net.Http.Headers;
using Polly;

namespace SupportPortal.Helpdesk.Http;

/// <summary>How an HTTP adapter turns transport failures into the contract's <see cref="HelpdeskError"/>s.</summary>
public static class HelpdeskHttpFailures
{
    /// <summary>
    /// The contract's error for a response that is not a success the adapter can read:
    /// 429 → Throttled (with Retry-After), 401/403 → Misconfigured, 5xx and 408 → Unavailable (503 with Retry-After),
    /// null for the statuses the adapter must interpret itself (404 and other 4xx mean different things per API).
    /// </summary>
    public static HelpdeskException? FromStatus(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new HelpdeskException(HelpdeskError.Throttled) { RetryAfter = RetryAfter(response.Headers.RetryAfter) },
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new HelpdeskException(HelpdeskError.Misconfigured),
            HttpStatusCode.RequestTimeout => new HelpdeskException(HelpdeskError.Unavailable, "The support system timed out."),
            _ when status >= 500 => new HelpdeskException(HelpdeskError.Unavailable, $"The support system answered {status}.") { RetryAfter = RetryAfter(response.Headers.RetryAfter) },
            _ => null,
        };
    }

    /// <summary>
    /// Wraps what a call through the resilience pipeline throws when the helpdesk is out of reach
    /// (connection failure, timeout, open circuit, rate limiter) as <see cref="HelpdeskError.Unavailable"/>;
    /// null for anything else, which the adapter lets through. A cancellation the caller asked for stays a cancellation.
    /// </summary>
    public static HelpdeskException? FromException(Exception exception, CancellationToken callerToken) => exception switch
    {
        HelpdeskException => null,
        HttpRequestException or TimeoutException or IOException => new HelpdeskException(HelpdeskError.Unavailable, "The support system could not be reached.", exception),
        ExecutionRejectedException => new HelpdeskException(HelpdeskError.Unavailable, "The support system is not being called for a moment after repeated failures.", exception),
        OperationCanceledException when !callerToken.IsCancellationRequested => new HelpdeskException(HelpdeskError.Unavailable, "The support system did not answer in time.", exception),
        _ => null,
    };

    /// <summary>Retry-After as a delay, whether given in seconds or as a date; never negative.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset? now = null)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - (now ?? DateTimeOffset.UtcNow);
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
