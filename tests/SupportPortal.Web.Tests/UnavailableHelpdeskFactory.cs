using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests;

/// <summary>The portal with a helpdesk that cannot be reached: every call fails with <see cref="HelpdeskError.Unavailable"/>.</summary>
public sealed class UnavailableHelpdeskFactory : PortalFactory
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton(FakeHelpdesk.Failing(HelpdeskError.Unavailable)));
}
