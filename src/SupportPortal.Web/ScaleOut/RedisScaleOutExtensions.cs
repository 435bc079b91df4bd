using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using SupportPortal.Web.Health;
using StackExchange.Redis;

namespace SupportPortal.Web.ScaleOut;

/// <summary>
/// Several portal instances behind one load balancer: with <c>ConnectionStrings:Redis</c> set, HybridCache keeps its
/// second level in Redis (a knowledge-base page warmed by one instance is warm for all) and the Data Protection key
/// ring lives there instead of the portal store (a sign-in cookie or form token from one instance is read by all).
/// Without it, nothing changes: one instance needs no Redis.
/// </summary>
public static class RedisScaleOutExtensions
{
    public const string ConnectionStringName = "Redis";

    /// <summary>The Redis list that holds the Data Protection keys, one XML element per entry.</summary>
    public static readonly RedisKey DataProtectionKeys = "SupportPortal:DataProtection-Keys";

    /// <summary>Called after the accounts feature, so this key ring replaces the portal store's.</summary>
    public static IHostApplicationBuilder AddRedisScaleOut(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.GetConnectionString(ConnectionStringName) is not { Length: > 0 } connectionString)
        {
            return builder;
        }

        var options = ConfigurationOptions.Parse(connectionString);

        // An instance starts, and says it is unready, while Redis is away; it connects when Redis comes back.
        options.AbortOnConnectFail = false;
        options.ClientName ??= "SupportPortal";

        var services = builder.Services;
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        services.AddStackExchangeRedisCache(_ => { });
        services.AddOptions<Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions>()
            .Configure<IServiceProvider>((cache, provider) =>
            {
                cache.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>());
                cache.InstanceName = "SupportPortal:";
            });

        // Registered after PersistKeysToDbContext, so this repository is the one Data Protection uses.
        services.AddOptions<KeyManagementOptions>()
            .Configure<IConnectionMultiplexer>((keys, redis) =>
                keys.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), DataProtectionKeys));

        services.AddHealthChecks().AddCheck<RedisReadinessCheck>(
            "redis", tags: [HealthExtensions.ReadyTag], timeout: HealthExtensions.ReadinessTimeout);
        return builder;
    }
}
