using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Support;

/// <summary>What a customer is told when the helpdesk fails: what happened and what to do, never the technical cause.</summary>
public static class HelpdeskErrorText
{
    public static string ForCustomer(HelpdeskError error) => error switch
    {
        HelpdeskError.Unavailable or HelpdeskError.BadGateway =>
            "Our support system isn't answering right now. Please try again in a few minutes.",
        HelpdeskError.Throttled =>
            "Our support system is very busy at the moment. Please try again in a minute.",
        HelpdeskError.Misconfigured or HelpdeskError.ApiCredentialsInvalid =>
            "The portal can't reach our support system because of a setup problem on our side. Please try again later.",
        _ => "Something went wrong while loading this page. Please try again.",
    };
}
