using Microsoft.Extensions.Diagnostics.HealthChecks;
using SupportPortal.Web.Reliability.Outbox;

namespace SupportPortal.Web.Health;

/// <summary>
/// The portal store answers, and how many writes wait for the helpdesk. A store that fails makes the portal unready
/// (it could not keep a submission); a backlog only degrades it: the portal still serves, and says so.
/// </summary>
internal sealed class OutboxReadinessCheck(Outbox outbox, TimeProvider clock) : IHealthCheck
{
    // A write waiting this long means the helpdesk has been away for a while, or the worker is stuck.
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(30);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (pending, oldest) = await outbox.BacklogAsync(cancellationToken);
        var data = new Dictionary<string, object> { ["pending"] = pending };
        if (oldest is { } since)
        {
            var age = clock.GetUtcNow() - since;
            data["oldestSeconds"] = (long)age.TotalSeconds;
            if (age > StaleAfter)
            {
                return HealthCheckResult.Degraded($"{pending} write(s) wait for the helpdesk, the oldest for {age.TotalMinutes:F0} minutes.", data: data);
            }
        }

        return HealthCheckResult.Healthy($"Portal store answers; {pending} write(s) wait for the helpdesk.", data);
    }
}
