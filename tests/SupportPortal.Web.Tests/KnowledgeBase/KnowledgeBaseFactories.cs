using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>The demo portal with its helpdesk wrapped in a <see cref="CountingHelpdesk"/>.</summary>
public sealed class CountingPortalFactory : PortalFactory
{
    public CountingHelpdesk Counter { get; private set; } = null!;

    protected override void ConfigureServices(IServiceCollection services) =>
        services.DecorateHelpdesk((_, inner) =>
        {
            (var helpdesk, Counter) = CountingHelpdesk.Wrap(inner);
            return helpdesk;
        });
}

/// <summary>
/// The demo portal where each request comes from the address in its <see cref="Header"/>, allowing
/// <see cref="CommentsPerAddress"/> comments per address.
/// </summary>
public sealed class RateLimitedPortalFactory : PortalFactory
{
    public const string Header = "X-Test-Client-Address";
    public const int CommentsPerAddress = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:KnowledgeBase:CommentsPerAddress", CommentsPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddTransient<IStartupFilter, ClientAddressFromHeader>();

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>
/// The portal on an in-memory knowledge base given by the test, with a comment allowance large enough for a
/// corpus of posts.
/// </summary>
public abstract class InMemoryKnowledgeBaseFactory : PortalFactory
{
    protected abstract InMemoryKnowledgeBase KnowledgeBase { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:KnowledgeBase:CommentsPerAddress", "10000");
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<IHelpdesk>(KnowledgeBase));
}
