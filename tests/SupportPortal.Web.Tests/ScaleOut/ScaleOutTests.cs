using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using SupportPortal.Web.Accounts.Data;
using SupportPortal.Web.ScaleOut;
using SupportPortal.Web.Support;
using SupportPortal.Web.Tests.Accounts;
using SupportPortal.Web.Tests.KnowledgeBase;

namespace SupportPortal.Web.Tests.ScaleOut;

/// <summary>
/// Two portal instances behind one load balancer share Redis and nothing else: a customer signed in on one is
/// signed in on the other, and what one read from the helpdesk the other serves from Redis.
/// </summary>
public sealed class ScaleOutTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static readonly TimeSpan RedisWriteTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Sign_in_cookie_from_one_instance_is_accepted_by_the_other()
    {
        await using var first = new ScaleOutPortalFactory(redis.ConnectionString);
        await using var second = new ScaleOutPortalFactory(redis.ConnectionString);
        var browser = PortalBrowser.For(first);
        var signIn = await browser.SignInAsync("alice@example.com", "Demo-pass-1");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".SupportPortal.Account=", StringComparison.Ordinal));

        var elsewhere = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        var page = PortalBrowser.Text(await PortalBrowser.ParseAsync(await elsewhere.SendAsync(request)));

        Assert.Contains("Sign out", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign in", page, StringComparison.Ordinal);

        // The key ring is in Redis, not in either portal store.
        var keys = await first.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().ListLengthAsync(RedisScaleOutExtensions.DataProtectionKeys);
        Assert.True(keys >= 1, "No Data Protection key was written to Redis.");
        Assert.Equal(0, await StoredKeysAsync(first));
        Assert.Equal(0, await StoredKeysAsync(second));
    }

    [Fact]
    public async Task Article_read_by_one_instance_is_served_from_redis_by_the_other()
    {
        await using var first = new ScaleOutPortalFactory(redis.ConnectionString);
        await using var second = new ScaleOutPortalFactory(redis.ConnectionString);
        var id = await DemoKnowledgeBase.InstallArticleIdAsync(first.Services);
        var url = $"/kb/article/{id}";
        first.Counter.Reset();

        Assert.Contains(DemoKnowledgeBase.InstallArticle, await first.CreateClient().GetStringAsync(url), StringComparison.Ordinal);
        Assert.Contains("GetKnowledgeBaseArticleAsync x1", first.Counter.Calls);
        await WaitUntilInRedisAsync(second, KnowledgeBaseCacheKeys.Article(id));
        second.Counter.Reset();

        var response = await second.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(DemoKnowledgeBase.InstallArticle, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(second.Counter.Calls, call => call.StartsWith("GetKnowledgeBaseArticleAsync", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Readyz_reports_redis_ready_and_then_unready_when_it_stops()
    {
        var own = new RedisServer();
        await own.InitializeAsync();
        try
        {
            await using var portal = new ScaleOutPortalFactory(own.ConnectionString);
            var client = portal.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

            await own.StopAsync();

            var response = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    private static async Task<int> StoredKeysAsync(PortalFactory portal)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PortalAccountsDbContext>().DataProtectionKeys.CountAsync();
    }

    private static async Task WaitUntilInRedisAsync(PortalFactory portal, string key)
    {
        var cache = portal.Services.GetRequiredService<IDistributedCache>();
        using var timeout = new CancellationTokenSource(RedisWriteTimeout);
        while (await cache.GetAsync(key, timeout.Token) is null)
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
