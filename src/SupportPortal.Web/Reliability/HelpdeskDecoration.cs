using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Reliability;

/// <summary>
/// Wraps the registered <see cref="IHelpdesk"/> in a decorator (metrics, fault injection in tests), keeping its
/// lifetime, and every brand's own helpdesk too (see <see cref="Helpdesk.HelpdeskDirectory"/>).
/// </summary>
public static class HelpdeskDecoration
{
    public static IServiceCollection DecorateHelpdesk(this IServiceCollection services, Func<IServiceProvider, IHelpdesk, IHelpdesk> decorate)
    {
        ArgumentNullException.ThrowIfNull(decorate);
        return services.DecorateHelpdesk((provider, _, inner) => decorate(provider, inner));
    }

    /// <summary>As above, told which helpdesk it wraps: "default", or the host of the brand that owns it.</summary>
    public static IServiceCollection DecorateHelpdesk(this IServiceCollection services, Func<IServiceProvider, string, IHelpdesk, IHelpdesk> decorate)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(decorate);
        var index = -1;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(IHelpdesk) && !services[i].IsKeyedService)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            throw new InvalidOperationException("No IHelpdesk is registered to decorate; add the helpdesk backend first.");
        }

        var inner = services[index];
        services[index] = ServiceDescriptor.Describe(
            typeof(IHelpdesk),
            provider => decorate(provider, Helpdesk.HelpdeskDirectory.DefaultKey, Create(provider, inner)),
            inner.Lifetime);
        services.AddSingleton(new HelpdeskDecorator(decorate));
        return services;
    }

    private static IHelpdesk Create(IServiceProvider provider, ServiceDescriptor descriptor) => descriptor switch
    {
        { ImplementationInstance: IHelpdesk instance } => instance,
        { ImplementationFactory: { } factory } => (IHelpdesk)factory(provider),
        { ImplementationType: { } type } => (IHelpdesk)ActivatorUtilities.CreateInstance(provider, type),
        _ => throw new InvalidOperationException("The IHelpdesk registration cannot be decorated."),
    };
}

/// <summary>A decorator the brands' own helpdesks get as well, in the order they were added.</summary>
public sealed record HelpdeskDecorator(Func<IServiceProvider, string, IHelpdesk, IHelpdesk> Decorate);
