using System.Collections.Concurrent;
using System.Reflection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Benchmarks;

/// <summary>Counts, by function name, the calls that reach the helpdesk behind the portal's caches.</summary>
internal sealed class HelpdeskCallCounter
{
    private readonly ConcurrentDictionary<string, int> calls = new(StringComparer.Ordinal);

    public IHelpdesk Wrap(IHelpdesk inner)
    {
        var proxy = DispatchProxy.Create<IHelpdesk, CountingProxy>();
        var counting = (CountingProxy)(object)proxy;
        counting.Inner = inner;
        counting.Counter = this;
        return proxy;
    }

    public void Reset() => calls.Clear();

    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(calls, StringComparer.Ordinal);

    private void Count(string function) => calls.AddOrUpdate(function, 1, (_, count) => count + 1);

    /// <summary>Public and unsealed because <see cref="DispatchProxy"/> derives from it.</summary>
    public class CountingProxy : DispatchProxy
    {
        internal IHelpdesk Inner { get; set; } = null!;

        internal HelpdeskCallCounter Counter { get; set; } = null!;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);

            // Reading Capabilities is not a call to the backend; its functions, which return tasks, are.
            if (typeof(Task).IsAssignableFrom(targetMethod.ReturnType))
            {
                Counter.Count(targetMethod.Name);
            }

            try
            {
                return targetMethod.Invoke(Inner, args);
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                throw exception.InnerException;
            }
        }
    }
}
