using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Accounts.Data;
using SupportPortal.Web.Helpdesk;
using SupportPortal.Web.Reliability.Outbox;
using SupportPortal.Web.Reliability.Outbox.Data;

namespace SupportPortal.Web.Reliability;

/// <summary>Registers the outbox (durable submissions and replies) and the <see cref="TicketSubmissions"/> pages call.</summary>
public static class ReliabilityExtensions
{
    public static IHostApplicationBuilder AddReliability(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOutbox(builder.Configuration);
        return builder;
    }

    /// <summary>The outbox on the portal store, its worker, and <see cref="TicketSubmissions"/>; needs an <see cref="IHelpdesk"/>.</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        var store = PortalStoreSettings.Read(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton(store);
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<OutboxOptions>>().Value);
        services.AddSingleton(provider => new OutboxFiles(
            provider.GetRequiredService<OutboxOptions>().Path is { Length: > 0 } path
                ? Path.GetFullPath(path)
                : Path.Combine(PortalStoreFolder.Of(store), "outbox")));
        services.AddOutboxStore(store);
        services.AddSingleton<Outbox.Outbox>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxMetrics>();
        services.AddSingleton(_ => new SubmissionRateLimit(configuration));
        services.AddHelpdeskDirectory();
        services.AddTransient<OutboxDelivery>();
        services.AddScoped(provider => new TicketSubmissions(
            provider.GetRequiredService<CurrentHelpdesk>(),
            provider.GetRequiredService<Outbox.Outbox>(),
            provider.GetRequiredService<OutboxSignal>(),
            provider.GetRequiredService<IOptions<OutboxOptions>>(),
            provider.GetRequiredService<SubmissionRateLimit>(),
            provider.GetRequiredService<ILogger<TicketSubmissions>>()));
        services.AddHostedService<OutboxInitializer>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
