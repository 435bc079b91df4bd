using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SupportPortal.Web.Security;

/// <summary>ASP.NET Core rate limiting with the portal's named policies and a 429 page that says when to try again.</summary>
public static class RateLimitingExtensions
{
    public static IServiceCollection AddPortalRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteRejectionAsync;
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

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(TooManyRequestsPage.Html(seconds), cancellationToken);
    }
}
