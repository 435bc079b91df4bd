using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using SupportPortal.Web.Embedding;
using SupportPortal.Web.Helpdesk;
using SupportPortal.Web.Theming;

namespace SupportPortal.Web.Support;

/// <summary>
/// Caches a knowledge-base page (GET or HEAD, anonymous, 200, no cookie of its own) for <paramref name="duration"/>,
/// tagged with <paramref name="pageTag"/> of its route's id, within its helpdesk (so a change in one brand's helpdesk
/// clears only that helpdesk's pages). The query string is not part of the key, so junk parameters cannot fill the
/// cache with copies.
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
        var helpdeskKey = context.HttpContext.RequestServices.GetService<CurrentHelpdesk>()?.Key ?? HelpdeskDirectory.DefaultKey;
        context.Tags.Add(HelpdeskDirectory.CacheKey(helpdeskKey, KnowledgeBaseCacheKeys.Everything));

        // One copy per brand and per layout: a page must never show one brand's name under another's host, nor the
        // panel's compact layout on the full site. (The host is in the key too, but unknown hosts share the default.)
        if (context.HttpContext.RequestServices.GetService<PortalBrands>() is { } brands)
        {
            context.CacheVaryByRules.VaryByValues["brand"] = brands.ForHost(request.Host.Host).Key;
        }

        context.CacheVaryByRules.VaryByValues["embedded"] = EmbeddedRequest.IsEmbedded(context.HttpContext) ? "1" : "0";

        // One copy per language too: the request's culture (cookie, then Accept-Language) is already set here.
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        if (int.TryParse(request.RouteValues["Id"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            context.Tags.Add(HelpdeskDirectory.CacheKey(helpdeskKey, pageTag(id)));
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
