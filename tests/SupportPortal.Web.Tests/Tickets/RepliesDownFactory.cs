using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability;

namespace SupportPortal.Web.Tests.Tickets;

/// <summary>The signed-in portal on a helpdesk that reads as usual but cannot take replies: they have to queue.</summary>
public sealed class RepliesDownFactory : SignedInPortalFactory
{
    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.DecorateHelpdesk((_, helpdesk) => RefusingReplies.Wrap(helpdesk));
    }

    public class RefusingReplies : DispatchProxy
    {
        private IHelpdesk inner = null!;

        public static IHelpdesk Wrap(IHelpdesk inner)
        {
            var proxy = Create<IHelpdesk, RefusingReplies>();
            ((RefusingReplies)(object)proxy).inner = inner;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (targetMethod.Name == nameof(IHelpdesk.PostTicketReplyAsync))
            {
                return Task.FromException(new HelpdeskException(HelpdeskError.Unavailable, "The support system is down for maintenance."));
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
}
