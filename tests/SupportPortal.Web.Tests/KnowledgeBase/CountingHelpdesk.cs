using System.Collections.Concurrent;
using System.Reflection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>Wraps a real helpdesk and counts the calls that reach it (its async functions), by name.</summary>
public class CountingHelpdesk : DispatchProxy
{
    private readonly ConcurrentDictionary<string, int> calls = new();
    private IHelpdesk inner = null!;

    public static (IHelpdesk Helpdesk, CountingHelpdesk Counter) Wrap(IHelpdesk inner)
    {
        var proxy = DispatchProxy.Create<IHelpdesk, CountingHelpdesk>();
        var counter = (CountingHelpdesk)(object)proxy;
        counter.inner = inner;
        return (proxy, counter);
    }

    /// <summary>Backend calls since the last <see cref="Reset"/>, e.g. "GetKnowledgeBaseArticleAsync x1".</summary>
    public IReadOnlyList<string> Calls => calls.Select(c => $"{c.Key} x{c.Value}").ToList();

    public void Reset() => calls.Clear();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);

        // Reading Capabilities is not a call to the backend; only its functions (which return tasks) count.
        if (typeof(Task).IsAssignableFrom(targetMethod.ReturnType))
        {
            calls.AddOrUpdate(targetMethod.Name, 1, (_, count) => count + 1);
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
