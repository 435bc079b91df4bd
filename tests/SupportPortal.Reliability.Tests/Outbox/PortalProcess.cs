using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability;

namespace SupportPortal.Reliability.Tests.Outbox;

/// <summary>
/// One run of the portal's back end as a host of its own: the embedded helpdesk behind <see cref="FaultyHelpdesk"/>,
/// the outbox and its worker on the given store. Stopping one and starting another on the same folder is a restart.
/// </summary>
public static class PortalProcess
{
    public static async Task<IHost> StartAsync(string folder, Faults faults, CollectedLog log, string? portalConnectionString = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Helpdesk:Embedded:ConnectionString"] = $"Data Source={Path.Combine(folder, "helpdesk.db")}",
            ["Helpdesk:Embedded:AttachmentsPath"] = Path.Combine(folder, "helpdesk-attachments"),
            ["Helpdesk:Embedded:SeedDemoData"] = "true",
            ["ConnectionStrings:Portal"] = portalConnectionString ?? $"Data Source={Path.Combine(folder, "portal.db")}",
            ["Portal:Outbox:Path"] = Path.Combine(folder, "outbox"),

            // Tiny delays keep the test short; the logic is the production one.
            ["Portal:Outbox:FirstRetryDelay"] = "00:00:00.005",
            ["Portal:Outbox:MaxRetryDelay"] = "00:00:00.050",
            ["Portal:Outbox:PollInterval"] = "00:00:00.050",
            ["Portal:RateLimits:submissions:PermitLimit"] = "100000",
        });
        builder.Services.AddLogging(logging => logging.AddProvider(log));
        builder.Services.AddEmbeddedHelpdesk(builder.Configuration);
        builder.Services.DecorateHelpdesk((_, inner) => new FaultyHelpdesk(inner, faults));
        builder.Services.AddOutbox(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
