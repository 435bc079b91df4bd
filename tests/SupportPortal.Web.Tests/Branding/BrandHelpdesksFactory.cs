using System.Reflection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;
using SupportPortal.Tests.Shared;
using SupportPortal.Web.Helpdesk;
using SupportPortal.Web.Reliability;
using SupportPortal.Web.Tests.Tickets;

namespace SupportPortal.Web.Tests.Branding;

/// <summary>
/// One instance, two helpdesks: the default brand (Contoso) on the demo data, and Tailspin on its own host with an
/// embedded helpdesk of its own whose departments, categories and articles all start with "Tailspin " and which
/// holds no ticket of the demo customers. A third host, Shared, is a brand without a helpdesk of its own.
/// </summary>
public class BrandHelpdesksFactory : SignedInPortalFactory
{
    public const string TailspinHost = "help.tailspin.test";
    public const string SharedHost = "help.shared.test";
    public const string DataPrefix = "Tailspin ";

    // Far above any id the default helpdesk hands out, so an id is one helpdesk's or the other's, never both.
    public const int FirstTailspinTicketId = 100_001;

    private const string Tailspin = "Portal:Brands:" + TailspinHost + ":";

    /// <summary>While true, Tailspin's helpdesk refuses new tickets as unreachable (the default's is untouched).</summary>
    public bool TailspinSubmissionsDown { get; set; }

    /// <summary>While true, every call to Tailspin's helpdesk fails as unreachable.</summary>
    public bool TailspinDown { get; set; }

    public IHelpdesk TailspinHelpdesk => Services.GetRequiredService<HelpdeskDirectory>().Get(TailspinHost);

    private string TailspinFolder => Path.Combine(DataFolder, "tailspin");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var database = Path.Combine(TailspinFolder, "helpdesk.db");
        SecondDemoHelpdesk.Prepare(database, Path.Combine(TailspinFolder, "attachments"), DataPrefix, FirstTailspinTicketId);

        builder.UseSetting(Tailspin + "Name", "Tailspin Help");
        builder.UseSetting(Tailspin + "Helpdesk:Provider", "Embedded");
        builder.UseSetting(Tailspin + "Helpdesk:Embedded:ConnectionString", $"Data Source={database}");
        builder.UseSetting(Tailspin + "Helpdesk:Embedded:AttachmentsPath", Path.Combine(TailspinFolder, "attachments"));
        builder.UseSetting("Portal:Brands:" + SharedHost + ":Name", "Shared Help");

        // The outbox retries quickly, so a queued ticket is delivered within the test.
        builder.UseSetting("Portal:Outbox:FirstRetryDelay", "00:00:00.050");
        builder.UseSetting("Portal:Outbox:MaxRetryDelay", "00:00:00.200");
        builder.UseSetting("Portal:Outbox:PollInterval", "00:00:00.100");
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.DecorateHelpdesk((_, key, inner) => key == TailspinHost ? Outage.Wrap(inner, this) : inner);
    }

    /// <summary>Tailspin's helpdesk, failing as unreachable while the factory says it is down.</summary>
    public class Outage : DispatchProxy
    {
        private IHelpdesk inner = null!;
        private BrandHelpdesksFactory factory = null!;

        public static IHelpdesk Wrap(IHelpdesk inner, BrandHelpdesksFactory factory)
        {
            var proxy = Create<IHelpdesk, Outage>();
            ((Outage)(object)proxy).inner = inner;
            ((Outage)(object)proxy).factory = factory;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            var down = factory.TailspinDown || (factory.TailspinSubmissionsDown && targetMethod.Name == nameof(IHelpdesk.SubmitTicketAsync));
            var unreachable = new HelpdeskException(HelpdeskError.Unavailable, "Injected: connection refused.");
            if (down && targetMethod.ReturnType == typeof(Task))
            {
                return Task.FromException(unreachable);
            }

            if (down && targetMethod.ReturnType.IsGenericType && targetMethod.ReturnType.GetGenericTypeDefinition() == typeof(Task<>))
            {
                var failed = typeof(Task).GetMethod(nameof(Task.FromException), 1, [typeof(Exception)])!
                    .MakeGenericMethod(targetMethod.ReturnType.GetGenericArguments()[0]);
                return failed.Invoke(null, [unreachable]);
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
