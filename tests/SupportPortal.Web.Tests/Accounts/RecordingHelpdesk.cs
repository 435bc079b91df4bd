using System.Collections.Concurrent;
using System.Reflection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests.Accounts;

/// <summary>
/// Passes every call to the real helpdesk and records it; a test can make UpdateEmailAddress fail with an error of
/// its choosing, or look at the portal's state at the moment the call arrives.
/// </summary>
public sealed class RecordingHelpdesk
{
    public sealed record Call(string Method, object?[] Arguments);

    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>When set, UpdateEmailAddressAsync fails with this error instead of reaching the helpdesk.</summary>
    public HelpdeskError? FailUpdateEmailAddressWith { get; set; }

    /// <summary>Runs when UpdateEmailAddressAsync(old, new) arrives, before anything else happens.</summary>
    public Func<string, string, Task>? OnUpdateEmailAddress { get; set; }

    public IEnumerable<Call> CallsTo(string method) => Calls.Where(c => c.Method == method);

    public IHelpdesk Wrap(IHelpdesk inner)
    {
        var proxy = DispatchProxy.Create<IHelpdesk, Proxy>();
        ((Proxy)(object)proxy).Attach(inner, this);
        return proxy;
    }

    public class Proxy : DispatchProxy
    {
        private IHelpdesk inner = null!;
        private RecordingHelpdesk recorder = null!;

        internal void Attach(IHelpdesk helpdesk, RecordingHelpdesk recording)
        {
            inner = helpdesk;
            recorder = recording;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            args ??= [];
            recorder.Calls.Enqueue(new Call(targetMethod.Name, args));
            if (targetMethod.Name == nameof(IHelpdesk.UpdateEmailAddressAsync))
            {
                return UpdateEmailAddressAsync(targetMethod, args);
            }

            return Forward(targetMethod, args);
        }

        private async Task UpdateEmailAddressAsync(MethodInfo method, object?[] args)
        {
            if (recorder.OnUpdateEmailAddress is { } hook)
            {
                await hook((string)args[0]!, (string)args[1]!);
            }

            if (recorder.FailUpdateEmailAddressWith is { } error)
            {
                throw new HelpdeskException(error);
            }

            await (Task)Forward(method, args)!;
        }

        private object? Forward(MethodInfo method, object?[] args)
        {
            try
            {
                return method.Invoke(inner, args);
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                throw exception.InnerException;
            }
        }
    }
}
