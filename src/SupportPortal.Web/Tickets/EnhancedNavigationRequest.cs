namespace SupportPortal.Web.Tickets;

/// <summary>
/// Tells a prerender for Blazor's enhanced navigation (a fetch that patches the open page) from a full page load.
/// On an interactive page such a prerender is thrown away or shown only until the circuit renders the page itself,
/// so loading data for it would cost the helpdesk the same calls twice.
/// </summary>
public static class EnhancedNavigationRequest
{
    // Blazor's script sets exactly this Accept header on enhanced navigation; the ASP.NET Core team names it as the
    // way for server code to tell such requests apart.
    private const string Accept = "text/html; blazor-enhanced-nav=on";

    public static bool IsEnhancedNavigation(this HttpContext? context) =>
        context is not null
        && context.Request.Headers.Accept is { Count: 1 } accept
        && string.Equals(accept[0], Accept, StringComparison.Ordinal);
}
