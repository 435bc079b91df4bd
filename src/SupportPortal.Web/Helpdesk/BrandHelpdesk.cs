using System.Diagnostics.Metrics;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability;

namespace SupportPortal.Web.Helpdesk;

/// <summary>
/// A brand's own helpdesk, in a small service container of its own built from the brand's <c>Helpdesk</c> section
/// (so two embedded helpdesks each get their own database, file store and start-up work). It shares the portal's
/// logging, clock and meters, and wears the same decorators as the default helpdesk.
/// </summary>
internal sealed class BrandHelpdesk : IAsyncDisposable
{
    private readonly ServiceCollection registrations;
    private ServiceProvider? services;

    private BrandHelpdesk(string host, string section, ServiceCollection registrations)
    {
        Host = host;
        Section = section;
        this.registrations = registrations;
    }

    /// <summary>The host name of the brand, which is also the helpdesk's key.</summary>
    public string Host { get; }

    /// <summary>Where its settings live, e.g. Portal:Brands:support.example.com.</summary>
    public string Section { get; }

    public IHelpdesk Helpdesk { get; private set; } = null!;

    /// <summary>The brand's start-up work (migrations, seeding), taken once when built: a second stop of the portal
    /// (the host's own and its runner's can overlap) may come after the container has gone.</summary>
    public IReadOnlyList<IHostedService> HostedServices { get; private set; } = [];

    /// <summary>Registers the backend now, so a settings problem stops the portal before it starts.</summary>
    public static BrandHelpdesk Register(IConfigurationSection brand, Action<IServiceCollection> addBackend)
    {
        var registrations = new ServiceCollection();
        addBackend(registrations);
        return new BrandHelpdesk(brand.Key, brand.Path, registrations);
    }

    /// <summary>Builds the container, sharing <paramref name="portal"/>'s logging, clock and meters, and decorates the helpdesk.</summary>
    public void Build(IServiceProvider portal, IEnumerable<HelpdeskDecorator> decorators)
    {
        // Added last, so they win over the defaults the backend's registration put in.
        registrations.AddSingleton(portal.GetRequiredService<ILoggerFactory>());
        registrations.AddSingleton(portal.GetRequiredService<TimeProvider>());
        if (portal.GetService<IMeterFactory>() is { } meters)
        {
            registrations.AddSingleton(meters);
        }

        services = registrations.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        HostedServices = services.GetServices<IHostedService>().ToList();
        var helpdesk = services.GetRequiredService<IHelpdesk>();
        foreach (var decorator in decorators)
        {
            helpdesk = decorator.Decorate(portal, Host, helpdesk);
        }

        Helpdesk = helpdesk;
    }

    public async ValueTask DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }
    }
}
