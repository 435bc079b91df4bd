using System.Reflection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Tests.Shared;

/// <summary>
/// The real helpdesk for reading, but out of reach for new tickets (connection refused), as during an outage that
/// starts after the form was loaded. Compiled into the web and browser test projects.
/// </summary>
internal class SubmissionOutage : DispatchProxy
{
    private IHelpdesk inner = null!;

    public static IHelpdesk Wrap(IHelpdesk inner)
    {
        var proxy = Create<IHelpdesk, SubmissionOutage>();
        ((SubmissionOutage)(object)proxy).inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(IHelpdesk.SubmitTicketAsync))
        {
            return Task.FromException<SubmittedTicket>(new HelpdeskException(HelpdeskError.Unavailable, "Injected: connection refused."));
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
