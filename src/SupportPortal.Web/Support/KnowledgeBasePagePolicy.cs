using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace SupportPortal.Web.Support;

/// <summary>
/// Caches a knowledge-base page (GET or HEAD, anonymous, 200, no cookie of its own) for <paramref name="duration"/>,
/// tagged with <paramref name="pageTag"/> of its route's id. The query string is not part of the key, so junk
/// parameters cannot fill the cache with copies.
/// </summary>
internal sealed class KnowledgeBasePagePolicy(Func<int, string> pageTag, TimeSpan duration) : IOutputCachePolicy
{
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !await RequestUser.IsSignedInAsync(context.HttpContext);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = duration;
        context.Tags.Add(KnowledgeBaseCacheKeys.Everything);
        if (int.TryParse(request.RouteValues["Id"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            context.Tags.Add(pageTag(id));
        }
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;

        // Not-found pages, error pages and anything that sets a cookie of its own are this request's alone.
        if (response.StatusCode != StatusCodes.Status200OK || FormTokenSlotMiddleware.CookiesSetByPage(context.HttpContext).Any())
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
