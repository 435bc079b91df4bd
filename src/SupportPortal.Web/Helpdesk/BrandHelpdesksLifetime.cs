using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Helpdesk;

/// <summary>Runs the brands' own helpdesks' start-up work (migrations, demo data) with the portal's, and stops it with the portal.</summary>
internal sealed class BrandHelpdesksLifetime(HelpdeskDirectory directory) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var brand in directory.BrandHelpdesks)
        {
            foreach (var service in brand.HostedServices)
            {
                try
                {
                    await service.StartAsync(cancellationToken);
                }
                catch (HelpdeskConfigurationException exception)
                {
                    // A folder it cannot write, a database that does not answer: named by the brand's own setting.
                    throw HelpdeskExtensions.UnderBrand(exception, $"{brand.Section}:");
                }
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var service in directory.BrandHelpdesks.SelectMany(b => b.HostedServices).Reverse())
        {
            await service.StopAsync(cancellationToken);
        }
    }
}
