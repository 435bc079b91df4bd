using Microsoft.AspNetCore.Http.HttpResults;
using SupportPortal.Web.Components;

namespace SupportPortal.Web.Accounts;

/// <summary>
/// Answers a request with one of the portal's pages and a status code of its choosing, such as the 401 of a refused
/// single sign-on or a 429, so the customer gets the portal's layout and a sentence rather than a bare status.
/// Like the status code pages, it renders the page in place: the address in the browser does not change.
/// </summary>
internal sealed class PortalPageResult(string pagePath, int statusCode) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        // The router picks the page from the request's address; a POST would be taken for a form submission.
        httpContext.Request.Method = HttpMethods.Get;
        httpContext.Request.Path = pagePath;
        httpContext.Request.QueryString = QueryString.Empty;
        return new RazorComponentResult<App> { StatusCode = statusCode }.ExecuteAsync(httpContext);
    }
}
