using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Accounts;

/// <summary>
/// Rate limits per client address on the doors password guessers and spammers knock on: sign-in (with the forgotten
/// password and resend-confirmation forms, which send mail), registration and single sign-on. Only form posts count
/// on the pages, so reading them is never limited. <c>Portal:RateLimits:SignInPerMinute</c>,
/// <c>:RegistrationsPerHour</c> and <c>:SsoPerMinute</c> tune them; a refusal is a 429 page.
/// </summary>
public static class AccountRateLimits
{
    public const string SignInPolicy = "account-sign-in";
    public const string RegistrationPolicy = "account-registration";
    public const string SsoPolicy = "account-sso";
    public const string SectionName = "Portal:RateLimits";
    public const string TooManyRequestsPagePath = "/too-many-requests";

    public static IServiceCollection AddAccountRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signIn = Read(configuration, "SignInPerMinute", 10);
        var registrations = Read(configuration, "RegistrationsPerHour", 10);
        var sso = Read(configuration, "SsoPerMinute", 30);

        services.AddRateLimiter(options =>
        {
            options.AddPolicy(SignInPolicy, context => PostsFrom(context, signIn, TimeSpan.FromMinutes(1)));
            options.AddPolicy(RegistrationPolicy, context => PostsFrom(context, registrations, TimeSpan.FromHours(1)));
            options.AddPolicy(SsoPolicy, context => RequestsFrom(context, sso, TimeSpan.FromMinutes(1)));
            options.OnRejected = async (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                rejected.HttpContext.Items[MetadataName.RetryAfter] = retryAfter;
                await new PortalPageResult(TooManyRequestsPagePath, StatusCodes.Status429TooManyRequests).ExecuteAsync(rejected.HttpContext);
            };
        });
        return services;
    }

    /// <summary>How long the 429 page tells the customer to wait, when the limiter said.</summary>
    public static TimeSpan? RetryAfter(HttpContext context) =>
        context.Items.TryGetValue(MetadataName.RetryAfter, out var wait) && wait is TimeSpan span ? span : null;

    private static RateLimitPartition<string> PostsFrom(HttpContext context, int permits, TimeSpan window) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RequestsFrom(context, permits, window)
            : RateLimitPartition.GetNoLimiter("reads");

    // Behind a proxy this is the proxy's address unless forwarded headers are configured; the limit then applies to all.
    private static RateLimitPartition<string> RequestsFrom(HttpContext context, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });

    private static int Read(IConfiguration configuration, string key, int defaultPermits)
    {
        var setting = $"{SectionName}:{key}";
        var value = configuration[setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultPermits;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var permits) && permits > 0
            ? permits
            : throw new HelpdeskConfigurationException(setting, $"{setting} must be a whole number above 0, not \"{value}\".");
    }
}
