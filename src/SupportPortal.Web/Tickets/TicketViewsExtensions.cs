using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportPortal.Web.Helpdesk;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tickets;

/// <summary>The services behind "my tickets", the ticket page and attachment downloads.</summary>
public static class TicketViewsExtensions
{
    public static IHostApplicationBuilder AddTicketViews(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TicketViewOptions>()
            .Bind(builder.Configuration.GetSection(TicketViewOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ClosedStatus) && !string.IsNullOrWhiteSpace(o.ReopenStatus),
                "Portal:Tickets:ClosedStatus and Portal:Tickets:ReopenStatus must name a status, such as Closed and Open.")
            .ValidateOnStart();

        // Shared with other features, which register the same: whichever comes first wins.
        services.AddHybridCache();
        services.AddHelpdeskDirectory();
        services.TryAddScoped<ReferenceDataCache>();
        services.TryAddSingleton<PortalHtmlSanitizer>();
        services.TryAddScoped<CurrentCustomer>();

        services.AddScoped<TicketService>();
        return builder;
    }
}
