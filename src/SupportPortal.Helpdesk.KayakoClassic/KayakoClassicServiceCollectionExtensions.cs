using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Refit;
using SupportPortal.Helpdesk;
using SupportPortal.Helpdesk.KayakoClassic;
using SupportPortal.Helpdesk.KayakoClassic.Api;
using SupportPortal.Helpdesk.KayakoClassic.Configuration;
using SupportPortal.Helpdesk.KayakoClassic.Customers;
using SupportPortal.Helpdesk.KayakoClassic.Http;
using SupportPortal.Helpdesk.KayakoClassic.KnowledgeBase;
using SupportPortal.Helpdesk.KayakoClassic.ReferenceData;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Plugs the Kayako Classic REST adapter in as the portal's <see cref="IHelpdesk"/>.</summary>
public static class KayakoClassicServiceCollectionExtensions
{
    // Ordinary calls: a slow Kayako is retried (reads only) and then reported, rather than holding a page.
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);

    // Moving an attachment of a hundred megabytes takes minutes on an ordinary uplink.
    private static readonly TimeSpan TransferTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Registers <see cref="IHelpdesk"/> over the Kayako Classic REST API configured in
    /// Helpdesk:KayakoClassic (BaseUrl, ApiKey, SecretKey; VotesFile optional).
    /// </summary>
    /// <exception cref="HelpdeskConfigurationException">A setting is missing or cannot work.</exception>
    public static IServiceCollection AddKayakoClassicHelpdesk(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var settings = KayakoClassicSettingsReader.Read(configuration);
        services.AddSingleton(settings);
        services.AddHybridCache();
        services.AddTransient<KayakoSigningHandler>();

        AddClient<IKayakoBaseApi>(services, settings, CallTimeout);
        AddClient<IKayakoTicketsApi>(services, settings, CallTimeout);
        AddClient<IKayakoKnowledgebaseApi>(services, settings, CallTimeout);
        AddClient<IKayakoAttachmentsApi>(services, settings, TransferTimeout);

        services.AddSingleton<KayakoReferenceData>();
        services.AddSingleton<KayakoCustomers>();
        services.AddSingleton<ArticleVoteStore>();
        services.AddSingleton<IHelpdesk, KayakoClassicHelpdesk>();
        return services;
    }

    private static void AddClient<TApi>(IServiceCollection services, KayakoClassicSettings settings, TimeSpan attemptTimeout)
        where TApi : class
    {
        var client = services
            .AddRefitGeneratedClient<TApi>()
            .ConfigureHttpClient(http =>
            {
                http.BaseAddress = settings.BaseUrl;

                // The resilience pipeline owns the timeouts; HttpClient's own 100 s would cut uploads short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            });

        client.AddStandardResilienceHandler(options =>
        {
            // A POST or PUT that timed out may well have been carried out: only reads are sent twice.
            options.Retry.RetryReadsOnly();
            options.Retry.MaxRetryAttempts = 2;
            options.Retry.Delay = TimeSpan.FromMilliseconds(300);

            // A long Retry-After is the customer's to wait out (Throttled), not a request's to sit through.
            options.Retry.ShouldRetryAfterHeader = false;
            options.AttemptTimeout.Timeout = attemptTimeout;
            options.TotalRequestTimeout.Timeout = attemptTimeout * 3;
            options.CircuitBreaker.SamplingDuration = attemptTimeout * 2 > TimeSpan.FromSeconds(30) ? attemptTimeout * 2 : TimeSpan.FromSeconds(30);
        });

        // Inside the resilience pipeline, so every attempt is signed with a fresh salt.
        client.AddHttpMessageHandler<KayakoSigningHandler>();
    }
}
