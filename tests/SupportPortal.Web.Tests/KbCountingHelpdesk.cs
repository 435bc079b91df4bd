using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability;

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

    /// <summary>Wraps the registered <see cref="IHelpdesk"/> in a counting wrapper, the way the portal decorates it.</summary>
    public static void Decorate(IServiceCollection services, Action<KbCountingHelpdesk> created) =>
        services.DecorateHelpdesk((_, real) =>
        {
            var counting = Wrap(real);
            created(counting);
            return (IHelpdesk)(object)counting;
        });

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
