using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Health;
using SupportPortal.Web.Helpdesk;

namespace SupportPortal.Web.Support;

/// <summary>The services and middleware behind the knowledge-base pages and the portal-wide search.</summary>
public static class KnowledgeBaseExtensions
{
    public static IHostApplicationBuilder AddKnowledgeBase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeBaseOptions>()
            .Bind(builder.Configuration.GetSection(KnowledgeBaseOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<KnowledgeBaseOptions>, KnowledgeBaseOptionsValidator>();
        builder.Services.AddKnowledgeBaseServices();
        builder.Services.AddSingleton<KnowledgeBaseSearch>();
        builder.Services.AddHostedService<KnowledgeBaseSearchRefresher>();
        builder.Services.AddSingleton<CommentRateLimiter>();
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<KnowledgeBaseOptions>>((cache, knowledgeBase) =>
        {
            var duration = knowledgeBase.Value.CacheDuration;
            cache.AddPolicy(KnowledgeBasePageCaching.CategoryPolicy, new KnowledgeBasePagePolicy(KnowledgeBaseCacheKeys.CategoryPage, duration));
            cache.AddPolicy(KnowledgeBasePageCaching.ArticlePolicy, new KnowledgeBasePagePolicy(KnowledgeBaseCacheKeys.ArticlePage, duration));
        });

        // The comment form is prefilled for a signed-in customer; the accounts feature registers the same when present.
        builder.Services.TryAddScoped<CurrentCustomer>();

        // Knowledge-base visitors must open no circuit; this counts them so the browser tests can prove it.
        builder.Services.AddCircuitCounter();
        return builder;
    }

    /// <summary>What the knowledge-base pages inject: the cached service, the sanitizer and the cache stores behind them.</summary>
    public static IServiceCollection AddKnowledgeBaseServices(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeBaseOptions>();
        services.AddHybridCache();
        services.AddOutputCache();
        services.TryAddSingleton<PortalHtmlSanitizer>();
        services.TryAddSingleton(provider => ActivatorUtilities.CreateInstance<KnowledgeBaseService>(
            provider, HelpdeskDirectory.DefaultKey, provider.GetRequiredService<IHelpdesk>()));
        services.AddHelpdeskDirectory();
        services.TryAddSingleton<KnowledgeBases>();
        services.TryAddScoped<CurrentKnowledgeBase>();
        return services;
    }

    /// <summary>
    /// Page caching for the knowledge base, after authentication and antiforgery: the form-token slots first, so they
    /// are filled on the way out of the output cache, for cached and freshly rendered pages alike.
    /// </summary>
    public static WebApplication UseKnowledgeBase(this WebApplication app)
    {
        app.UseMiddleware<FormTokenSlotMiddleware>();
        app.UseOutputCache();
        return app;
    }
}
