namespace SupportPortal.Web.Embedding;

/// <summary>
/// Serves <c>/embed/...</c> as the panel version of the page below it, and keeps a panel on panel pages: a page a
/// panel navigates to without the prefix (a plain link, a redirect after sign-in) is sent to its panel address, and a
/// form posted from a panel page is answered with the panel layout.
/// </summary>
internal sealed class EmbeddedPathMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;

        // An error or not-found page re-executed for a panel page is already where it belongs.
        if (EmbeddedRequest.IsEmbedded(context))
        {
            return next(context);
        }

        if (request.Path.StartsWithSegments(EmbeddedRequest.PathBase, out var rest))
        {
            request.PathBase = request.PathBase.Add(EmbeddedRequest.PathBase);
            request.Path = rest.HasValue ? rest : "/";
            EmbeddedRequest.MarkEmbedded(context);
            return next(context);
        }

        if (EmbeddedRequest.IsFrameNavigation(request) && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            // Only GETs move: they are the ones the output cache keeps, and a cached page must know which layout it has.
            context.Response.Redirect(request.PathBase.Add(EmbeddedRequest.PathBase).Add(request.Path) + request.QueryString);
            return Task.CompletedTask;
        }

        if (EmbeddedRequest.IsFrameNavigation(request) || EmbeddedRequest.ComesFromPanelPage(request))
        {
            EmbeddedRequest.MarkEmbedded(context);
        }

        return next(context);
    }
}
