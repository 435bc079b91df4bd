using System.Threading.RateLimiting;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Security;

namespace SupportPortal.Web.Reliability;

/// <summary>
/// The "submissions" rate limit for writes that arrive over a Blazor circuit, which HTTP rate limiting never sees:
/// new tickets and replies per customer, with the same <c>Portal:RateLimits:submissions</c> settings as the HTTP policy.
/// </summary>
internal sealed class SubmissionRateLimit : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public SubmissionRateLimit(IConfiguration configuration)
    {
        var (permitLimit, windowSeconds) = RateLimitPolicies.Defaults[RateLimitPolicies.Submissions];
        var section = configuration.GetSection($"Portal:RateLimits:{RateLimitPolicies.Submissions}");
        var options = new FixedWindowRateLimiterOptions
        {
            PermitLimit = section.GetValue("PermitLimit", permitLimit),
            Window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", windowSeconds)),
            QueueLimit = 0,
        };
        limiter = PartitionedRateLimiter.Create<string, string>(email => RateLimitPartition.GetFixedWindowLimiter(email, _ => options));
    }

    /// <summary>Throws <see cref="HelpdeskError.Throttled"/>, with when to try again, once the customer has written too often.</summary>
    public void Acquire(string email)
    {
        using var lease = limiter.AttemptAcquire(CustomerEmail.Normalize(email));
        if (!lease.IsAcquired)
        {
            throw new HelpdeskException(HelpdeskError.Throttled, "Too many tickets and replies in a short time.")
            {
                RetryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null,
            };
        }
    }

    public void Dispose() => limiter.Dispose();
}
