using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Reliability;

/// <summary>Wraps the registered <see cref="IHelpdesk"/> in a decorator (metrics, fault injection in tests), keeping its lifetime.</summary>
public static class HelpdeskDecoration
{
    public static IServiceCollection DecorateHelpdesk(this IServiceCollection services, Func<IServiceProvider, IHelpdesk, IHelpdesk> decorate)
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
        services[index] = ServiceDescriptor.Describe(typeof(IHelpdesk), provider => decorate(provider, Create(provider, inner)), inner.Lifetime);
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
