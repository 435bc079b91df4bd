using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Tests;

/// <summary>
/// The real helpdesk for reading, but out of reach for new tickets (connection refused), as during an outage that
/// starts after the form was loaded.
/// </summary>
public class SubmissionOutage : DispatchProxy
{
    private IHelpdesk inner = null!;

    /// <summary>Replaces the registered <see cref="IHelpdesk"/> with one whose submissions fail as unreachable.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IHelpdesk));
        services.Remove(original);
        services.AddSingleton(provider =>
        {
            var proxy = Create<IHelpdesk, SubmissionOutage>();
            ((SubmissionOutage)(object)proxy).inner = original.ImplementationInstance as IHelpdesk
                ?? original.ImplementationFactory?.Invoke(provider) as IHelpdesk
                ?? (IHelpdesk)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!);
            return proxy;
        });
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

/// <summary><see cref="UploadPortalFactory"/> during a helpdesk outage for new tickets.</summary>
public sealed class SubmissionOutagePortalFactory : UploadPortalFactory
{
    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        SubmissionOutage.Decorate(services);
    }
}
