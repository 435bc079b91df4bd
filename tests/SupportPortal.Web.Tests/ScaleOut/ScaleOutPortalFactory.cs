using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability;
using SupportPortal.Web.Support;
using SupportPortal.Web.Tests.KnowledgeBase;

namespace SupportPortal.Web.Tests.ScaleOut;

/// <summary>
/// One portal instance of several on the same Redis, with its own portal store (and so, without Redis, its own
/// Data Protection keys). Its helpdesk calls are counted; the start-up walk of the knowledge base is left out so
/// that only the test's own requests fill the cache.
/// </summary>
public sealed class ScaleOutPortalFactory(string redisConnectionString) : PortalFactory
{
    private CountingHelpdesk? counter;

    /// <summary>The helpdesk calls this instance made; starts the instance if it has not started yet.</summary>
    public CountingHelpdesk Counter
    {
        get
        {
            Services.GetRequiredService<IHelpdesk>();
            return counter!;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Redis", redisConnectionString);
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.DecorateHelpdesk((_, inner) =>
        {
            (var helpdesk, counter) = CountingHelpdesk.Wrap(inner);
            return helpdesk;
        });
        var walk = services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(KnowledgeBaseSearchRefresher));
        services.Remove(walk);
    }
}
