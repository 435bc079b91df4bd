using Microsoft.AspNetCore.Diagnostics;

namespace SupportPortal.Web.Components;

/// <summary>The portal's "page not found" page for bodiless error responses to reads.</summary>
public static class StatusCodePagesExtensions
{
    public const string NotFoundPath = "/not-found";

    public static WebApplication UsePortalStatusCodePages(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute(NotFoundPath, createScopeForStatusCodePages: true);

        // Re-executing keeps the method: a POST (an upload, a form) would reach the page as a form submission without
        // an antiforgery token and turn a 401/404/405 into a 400. Writes keep their own status; scripts read it.
        app.Use((context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method)
                && !HttpMethods.IsHead(context.Request.Method)
                && context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }

            return next(context);
        });
        return app;
    }
}
