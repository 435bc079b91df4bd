using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests.Tickets;

/// <summary>The signed-in portal with every helpdesk call counted.</summary>
public sealed class CountedPortalFactory : SignedInPortalFactory
{
    private CountingHelpdesk? counter;

    public CountingHelpdesk Counter => counter ?? throw new InvalidOperationException("The portal has not started yet.");

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        var real = services.Last(d => d.ServiceType == typeof(IHelpdesk));
        services.Remove(real);
        services.AddSingleton(provider =>
        {
            var helpdesk = (IHelpdesk)ActivatorUtilities.CreateInstance(provider, real.ImplementationType!);
            return CountingHelpdesk.Wrap(helpdesk, out counter);
        });
    }
}
