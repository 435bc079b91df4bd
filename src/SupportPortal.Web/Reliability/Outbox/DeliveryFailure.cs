using Polly;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Reliability.Outbox;

/// <summary>Tells a helpdesk that is out of reach (try again later) from one that refused the write (tell the customer).</summary>
internal static class DeliveryFailure
{
    /// <param name="exception">What the call threw.</param>
    /// <param name="callerToken">The caller's own token: a cancellation the caller asked for is not the helpdesk's fault.</param>
    public static bool IsTransient(Exception exception, CancellationToken callerToken) => exception switch
    {
        HelpdeskException helpdesk => helpdesk.IsTransient,
        OperationCanceledException => !callerToken.IsCancellationRequested,

        // Adapters should wrap these as Unavailable; the outbox still treats them right if one does not.
        TimeoutException or HttpRequestException or IOException => true,
        ExecutionRejectedException => true,
        _ => false,
    };

    /// <summary>How long the helpdesk asked us to wait, if it did.</summary>
    public static TimeSpan? RetryAfter(Exception exception) => (exception as HelpdeskException)?.RetryAfter;
}
