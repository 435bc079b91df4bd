using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace SupportPortal.Web.ScaleOut;

/// <summary>
/// Ready when Redis answers a ping: without it this instance cannot read the others' sign-in cookies, so a load
/// balancer should send it no one.
/// </summary>
internal sealed class RedisReadinessCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answers in {latency.TotalMilliseconds:F0} ms.");
        }
        catch (RedisException exception)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", exception);
        }
    }
}
