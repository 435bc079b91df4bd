using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Tests.Shared;
using SupportPortal.Web.Reliability;

namespace SupportPortal.Web.Tests;

/// <summary><see cref="UploadPortalFactory"/> during a helpdesk outage for new tickets.</summary>
public sealed class SubmissionOutagePortalFactory : UploadPortalFactory
{
    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.DecorateHelpdesk((_, inner) => SubmissionOutage.Wrap(inner));
    }
}
