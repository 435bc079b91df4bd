using SupportPortal.Helpdesk;
using SupportPortal.Web.Localization;

namespace SupportPortal.Web.Support;

/// <summary>
/// What a customer is told when the helpdesk fails: what happened and what to do, never the technical cause. The
/// sentences live in PortalText.resx ("HelpdeskError.*") and come out in the request's language.
/// </summary>
public static class HelpdeskErrorText
{
    // Static, so every page and service can word an error without a localizer of its own.
    public static string ForCustomer(HelpdeskError error) => StaticText<PortalText>.Localizer[Key(error)];

    private static string Key(HelpdeskError error) => error switch
    {
        HelpdeskError.Unavailable or HelpdeskError.BadGateway => "HelpdeskError.Unavailable",
        HelpdeskError.Throttled => "HelpdeskError.Throttled",
        HelpdeskError.Misconfigured or HelpdeskError.ApiCredentialsInvalid => "HelpdeskError.Misconfigured",
        _ => "HelpdeskError.Other",
    };
}
