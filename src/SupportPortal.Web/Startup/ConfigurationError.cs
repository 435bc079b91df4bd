using Microsoft.Extensions.Options;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Startup;

/// <summary>Tells a failure caused by the operator's settings apart from a bug, and words it for the operator.</summary>
internal static class ConfigurationError
{
    /// <summary>The sentence to show for a settings problem, or null when the failure is something else.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        HelpdeskConfigurationException helpdesk => helpdesk.Message,
        OptionsValidationException options => string.Join(" ", options.Failures),
        AggregateException { InnerExceptions.Count: 1 } single => Describe(single.InnerExceptions[0]),
        _ => null,
    };
}
