using System.Collections.Concurrent;
using System.Reflection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests.Tickets;

/// <summary>Passes every call to the real helpdesk and writes down which method was called.</summary>
public class CountingHelpdesk : DispatchProxy
{
    private IHelpdesk inner = null!;

    public ConcurrentQueue<string> Calls { get; } = new();

    public static IHelpdesk Wrap(IHelpdesk inner, out CountingHelpdesk counter)
    {
        var proxy = Create<IHelpdesk, CountingHelpdesk>();
        counter = (CountingHelpdesk)(object)proxy;
        counter.inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        Calls.Enqueue(targetMethod.Name);
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
