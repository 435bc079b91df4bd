using Microsoft.Extensions.Diagnostics.HealthChecks;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Health;

/// <summary>
/// Ready when the helpdesk lists its departments: the cheapest call every backend answers.
/// A failure or the registration's timeout makes the check Unhealthy, and <c>/readyz</c> answers 503.
/// </summary>
internal sealed class HelpdeskReadinessCheck(IHelpdesk helpdesk) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var departments = await helpdesk.GetDepartmentsAsync(cancellationToken);
        return HealthCheckResult.Healthy($"The helpdesk lists {departments.Count} departments.");
    }
}
