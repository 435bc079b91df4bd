using System.Net;
using Polly;
using Refit;

namespace SupportPortal.Helpdesk.KayakoClassic.Http;

/// <summary>
/// Sends one call to Kayako and turns what can go wrong on the way into the contract's errors: no answer is
/// <see cref="HelpdeskError.Unavailable"/>, refused credentials <see cref="HelpdeskError.Misconfigured"/>,
/// 429/503 with Retry-After <see cref="HelpdeskError.Throttled"/>. 400 and 404 are Kayako's verdicts on the
/// request itself and go back to the caller, who knows what they mean for that call.
/// </summary>
internal static class KayakoReplies
{
    public const string RefusedCredentials =
        "Kayako refused the API key/secret: check Helpdesk:KayakoClassic:ApiKey and SecretKey.";

    public static async Task<HttpResponseMessage> SendAsync(
        string controller,
        Func<CancellationToken, Task<HttpResponseMessage>> send,
        CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await send(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (IsTransportFailure(exception))
        {
            throw new HelpdeskException(HelpdeskError.Unavailable, $"Kayako did not answer the {controller} call: {exception.Message}", exception);
        }

        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300 or 400 or 404)
        {
            return response;
        }

        using (response)
        {
            throw await FailureAsync(controller, response, cancellationToken);
        }
    }

    /// <summary>
    /// No answer: refused or dropped connections, timeouts, an open circuit. Refit wraps what the handlers throw
    /// in an <see cref="ApiRequestException"/>, so the cause is looked for inside it.
    /// </summary>
    private static bool IsTransportFailure(Exception exception) => exception switch
    {
        HttpRequestException or OperationCanceledException or ExecutionRejectedException or IOException => true,
        ApiRequestException { InnerException: { } inner } => IsTransportFailure(inner),
        _ => false,
    };

    /// <summary>Throws <see cref="HelpdeskError.BadGateway"/> unless Kayako answered 2xx.</summary>
    public static async Task EnsureSuccessAsync(this HttpResponseMessage response, string controller, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var text = await ShortTextAsync(response, cancellationToken);
            throw Unreadable(controller, $"HTTP {(int)response.StatusCode} {text}".Trim());
        }
    }

    /// <summary>Kayako's error text (a plain sentence such as "Ticket not Found"), cut short for messages and logs.</summary>
    public static async Task<string> ShortTextAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        const int limit = 300;
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(stream);
        var buffer = new char[limit];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        return new string(buffer, 0, read).Trim();
    }

    public static HelpdeskException Unreadable(string controller, string detail, Exception? inner = null) =>
        new(HelpdeskError.BadGateway, $"Kayako's {controller} reply could not be read: {detail}", inner);

    private static async Task<HelpdeskException> FailureAsync(string controller, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var retryAfter = RetryAfter(response);
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                new HelpdeskException(HelpdeskError.Misconfigured, RefusedCredentials),
            HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable when retryAfter is not null || response.StatusCode == HttpStatusCode.TooManyRequests =>
                new HelpdeskException(HelpdeskError.Throttled, $"Kayako asked the portal to slow down ({controller}).") { RetryAfter = retryAfter },
            HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError =>
                new HelpdeskException(HelpdeskError.Unavailable, $"Kayako failed the {controller} call with HTTP {(int)response.StatusCode}."),
            _ => Unreadable(controller, $"HTTP {(int)response.StatusCode} {await ShortTextAsync(response, cancellationToken)}".Trim()),
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
