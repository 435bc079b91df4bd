using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportPortal.Web.Helpdesk;
using SupportPortal.Web.Support;
using SupportPortal.Web.Tickets.Uploads;

namespace SupportPortal.Web.Tickets;

/// <summary>The services and endpoints behind the ticket pages: submitting, uploads, reference data.</summary>
public static class TicketsExtensions
{
    public static IHostApplicationBuilder AddTickets(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddHybridCache();
        services.AddHelpdeskDirectory();
        services.TryAddScoped<ReferenceDataCache>();

        // The accounts feature registers it too; whichever comes first wins, and both are the same.
        services.TryAddScoped<CurrentCustomer>();

        services.AddOptions<UploadOptions>()
            .Bind(builder.Configuration.GetSection(UploadOptions.SectionName))
            .Validate(o => o.MaxFileBytes > 0 && o.MaxFiles > 0, "Portal:Uploads:MaxFileBytes and Portal:Uploads:MaxFiles must be positive.")
            .Validate(o => o.TokenLifetime > TimeSpan.Zero && o.CleanupInterval > TimeSpan.Zero, "Portal:Uploads:TokenLifetime and Portal:Uploads:CleanupInterval must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<UploadStore>();
        services.AddHostedService<UploadCleanup>();
        services.TryAddScoped<TicketSubmission>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTickets(this IEndpointRouteBuilder endpoints) => endpoints.MapUploads();
}
