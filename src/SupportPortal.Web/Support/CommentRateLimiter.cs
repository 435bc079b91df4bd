using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SupportPortal.Web.Support;

/// <summary>
/// How many comments one network address may post per window: a sliding window per address, from the same
/// System.Threading.RateLimiting limiters ASP.NET Core's rate-limiting middleware uses. It is consulted in the comment
/// form's handler rather than by the middleware so a refused comment comes back on the page with its text kept and a
/// sentence beside it, not as a bare 429.
/// </summary>
public sealed class CommentRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public CommentRateLimiter(IOptions<KnowledgeBaseOptions> options)
    {
        var settings = options.Value;
        limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetSlidingWindowLimiter(
            address,
            _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = settings.CommentsPerAddress,
                Window = settings.CommentWindow,
                SegmentsPerWindow = 5,
                QueueLimit = 0,
            }));
    }

    /// <summary>Takes one comment from the address's allowance; false when it has none left.</summary>
    public bool TryTake(HttpContext? context)
    {
        using var lease = limiter.AttemptAcquire(AddressOf(context));
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();

    /// <summary>The address to count by. An IPv6 host usually holds a whole /64, so that is what counts as one address.</summary>
    private static string AddressOf(HttpContext? context)
    {
        var address = context?.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
