using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Web.Reliability;

namespace SupportPortal.Web.Tests.Tickets;

/// <summary>The signed-in portal with every helpdesk call counted.</summary>
public sealed class CountedPortalFactory : SignedInPortalFactory
{
    private CountingHelpdesk? counter;

    public CountingHelpdesk Counter => counter ?? throw new InvalidOperationException("The portal has not started yet.");

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.DecorateHelpdesk((_, helpdesk) => CountingHelpdesk.Wrap(helpdesk, out counter));
    }
}
