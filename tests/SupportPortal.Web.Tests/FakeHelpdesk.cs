using System.Reflection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests;

/// <summary>
/// An <see cref="IHelpdesk"/> whose calls a test scripts by method name. A call the test did not script
/// fails the test, so a page cannot quietly depend on more than the test knows.
/// </summary>
public class FakeHelpdesk : DispatchProxy
{
    private readonly Dictionary<string, Func<object?[], object?>> answers = [];
    private Func<MethodInfo, object?>? fallback;

    /// <summary>A helpdesk whose every call fails asynchronously with <paramref name="error"/>, as a remote backend would.</summary>
    public static IHelpdesk Failing(HelpdeskError error)
    {
        var helpdesk = DispatchProxy.Create<IHelpdesk, FakeHelpdesk>();
        ((FakeHelpdesk)(object)helpdesk).fallback = method => Faulted(method.ReturnType, new HelpdeskException(error));
        return helpdesk;
    }

    /// <summary>A helpdesk that answers only the calls scripted with <see cref="Answer{T}"/>.</summary>
    public static IHelpdesk Scripted(Action<FakeHelpdesk> script)
    {
        var helpdesk = DispatchProxy.Create<IHelpdesk, FakeHelpdesk>();
        script((FakeHelpdesk)(object)helpdesk);
        return helpdesk;
    }

    public FakeHelpdesk Answer<T>(string methodName, Func<object?[], Task<T>> answer)
    {
        answers[methodName] = args => answer(args);
        return this;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (answers.TryGetValue(targetMethod.Name, out var answer))
        {
            return answer(args ?? []);
        }

        return fallback is not null
            ? fallback(targetMethod)
            : throw new InvalidOperationException($"The test did not expect a call to IHelpdesk.{targetMethod.Name}.");
    }

    private static object Faulted(Type returnType, Exception exception)
    {
        if (!typeof(Task).IsAssignableFrom(returnType))
        {
            throw exception;
        }

        if (!returnType.IsGenericType)
        {
            return Task.FromException(exception);
        }

        var fromException = typeof(Task).GetMethods()
            .Single(m => m is { Name: nameof(Task.FromException), IsGenericMethodDefinition: true })
            .MakeGenericMethod(returnType.GetGenericArguments()[0]);
        return fromException.Invoke(null, [exception])!;
    }
}
