using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace SupportPortal.Web.Tests;

/// <summary>POST /uploads counts against the portal's "uploads" rate limit, per customer.</summary>
public sealed class UploadRateLimitTests(UploadRateLimitTests.TightUploadLimit portal) : IClassFixture<UploadRateLimitTests.TightUploadLimit>
{
    [Fact]
    public async Task Uploads_beyond_the_uploads_rate_limit_are_refused_with_429_and_other_customers_keep_going()
    {
        using var alice = await CustomerClient.SignInAsync(portal, $"alice-{Guid.NewGuid():N}@example.com");
        using var bob = await CustomerClient.SignInAsync(portal, $"bob-{Guid.NewGuid():N}@example.com");
        await alice.UploadAcceptedAsync("one.txt", [1]);
        await alice.UploadAcceptedAsync("two.txt", [2]);

        using var third = await alice.UploadAsync("three.txt", [3]);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter is not null, "A refused upload says when to try again.");
        await bob.UploadAcceptedAsync("one.txt", [1]);
    }

    /// <summary>The upload portal allowing two uploads per customer per window.</summary>
    public sealed class TightUploadLimit : UploadPortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:RateLimits:uploads:PermitLimit", "2");
            builder.UseSetting("Portal:RateLimits:uploads:WindowSeconds", "600");
        }
    }
}
