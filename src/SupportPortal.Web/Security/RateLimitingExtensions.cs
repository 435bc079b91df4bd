using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SupportPortal.Web.Security;

/// <summary>The portal's named rate-limiting policies for comments, submissions and uploads (the accounts add theirs and the middleware).</summary>
public static class RateLimitingExtensions
{
    public static IServiceCollection AddPortalRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(options =>
        {
            // The accounts' OnRejected renders the 429 page; the status is set here too, in case a policy is hit before it.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            foreach (var (name, (permitLimit, windowSeconds)) in RateLimitPolicies.Defaults)
            {
                var section = configuration.GetSection($"Portal:RateLimits:{name}");
                var limit = section.GetValue("PermitLimit", permitLimit);
                var window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", windowSeconds));
                options.AddPolicy(name, context => RateLimitPartition.GetFixedWindowLimiter(
                    PartitionKey(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 }));
            }
        });
        return services;
    }

    /// <summary>The signed-in customer's address, else the client's network address.</summary>
    internal static string PartitionKey(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.Email) is { Length: > 0 } email
            ? "customer:" + email.ToLowerInvariant()
            : "address:" + (context.Connection.RemoteIpAddress ?? IPAddress.None);
}
