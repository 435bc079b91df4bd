using Microsoft.Extensions.Diagnostics.HealthChecks;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Health;

/// <summary>
/// Ready when the helpdesk answers a question it cannot answer from a cache: how many tickets a reserved address has
/// submitted. (Its departments would be cheaper, but Kayako's adapter keeps them five minutes, which hid an outage.)
/// A failure or the registration's timeout makes the check Unhealthy, and <c>/readyz</c> answers 503.
/// </summary>
internal sealed class HelpdeskReadinessCheck(IHelpdesk helpdesk) : IHealthCheck
{
    // .invalid is reserved (RFC 2606): no customer has this address, so the probe reads and changes nobody's tickets.
    internal const string ProbeAddress = "readiness-probe@portal.invalid";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await helpdesk.GetTotalSubmittedTicketsAsync(ProbeAddress, cancellationToken);
        return HealthCheckResult.Healthy("The helpdesk answers.");
    }
}
