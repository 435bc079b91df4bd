using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests;

/// <summary>Wraps the real helpdesk and counts every call by method name, to prove what a page costs the backend.</summary>
public class KbCountingHelpdesk : DispatchProxy
{
    private IHelpdesk inner = null!;

    public ConcurrentDictionary<string, int> Calls { get; } = new();

    /// <summary>Calls that reached the backend, all methods together.</summary>
    public int Total => Calls.Values.Sum();

    public static KbCountingHelpdesk Wrap(IHelpdesk inner)
    {
        var proxy = DispatchProxy.Create<IHelpdesk, KbCountingHelpdesk>();
        var counting = (KbCountingHelpdesk)(object)proxy;
        counting.inner = inner;
        return counting;
    }

    /// <summary>Replaces the registered <see cref="IHelpdesk"/> with a counting wrapper around it.</summary>
    public static void Decorate(IServiceCollection services, Action<KbCountingHelpdesk> created)
    {
        var original = services.Last(d => d.ServiceType == typeof(IHelpdesk));
        services.Remove(original);
        services.AddSingleton(provider =>
        {
            var real = original.ImplementationInstance as IHelpdesk
                ?? original.ImplementationFactory?.Invoke(provider) as IHelpdesk
                ?? (IHelpdesk)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!);
            var counting = Wrap(real);
            created(counting);
            return (IHelpdesk)(object)counting;
        });
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (!targetMethod.IsSpecialName)
        {
            Calls.AddOrUpdate(targetMethod.Name, 1, (_, count) => count + 1);
        }

        try
        {
            return targetMethod.Invoke(inner, args);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
    }
}
