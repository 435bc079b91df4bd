using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Localization;

namespace SupportPortal.Web.Support;

/// <summary>
/// What a customer is told when the helpdesk fails: what happened and what to do, never the technical cause. The
/// sentences live in PortalText.resx ("HelpdeskError.*") and come out in the request's language.
/// </summary>
public static class HelpdeskErrorText
{
    // Static, so every page and service can word an error without a localizer of its own; it reads the culture per call.
    private static readonly IStringLocalizer Text =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)
            .Create(typeof(PortalText));

    public static string ForCustomer(HelpdeskError error) => Text[Key(error)];

    private static string Key(HelpdeskError error) => error switch
    {
        HelpdeskError.Unavailable or HelpdeskError.BadGateway => "HelpdeskError.Unavailable",
        HelpdeskError.Throttled => "HelpdeskError.Throttled",
        HelpdeskError.Misconfigured or HelpdeskError.ApiCredentialsInvalid => "HelpdeskError.Misconfigured",
        _ => "HelpdeskError.Other",
    };
}
