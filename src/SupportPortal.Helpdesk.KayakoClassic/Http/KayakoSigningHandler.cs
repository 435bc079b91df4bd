using SupportPortal.Helpdesk.KayakoClassic.Configuration;

namespace SupportPortal.Helpdesk.KayakoClassic.Http;

/// <summary>
/// Signs every request with the API key, a fresh salt and its signature — in the query for GET and DELETE,
/// in the form body for POST and PUT, where Kayako reads them — and sends it to the configured index.php.
/// Refit insists that routes start with '/', so it builds ".../index.php/?e=/Controller/Action"; Kayako's
/// route lives in the query, so only the query of what Refit built is kept.
/// </summary>
internal sealed class KayakoSigningHandler(KayakoClassicSettings settings) : DelegatingHandler
{
    // The route as Refit built it, kept so that a retried request is signed afresh rather than twice.
    private static readonly HttpRequestOptionsKey<Uri> RouteKey = new("SupportPortal.KayakoClassic.Route");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(RouteKey, out var route))
        {
            route = request.RequestUri ?? throw new InvalidOperationException("A Kayako request needs a URI.");
            request.Options.Set(RouteKey, route);
        }

        var signature = RequestSignature.Create(settings.SecretKey);
        var query = route.Query.TrimStart('?');
        if (request.Method == HttpMethod.Get || request.Method == HttpMethod.Delete)
        {
            query = Append(query, $"apikey={Uri.EscapeDataString(settings.ApiKey)}&salt={signature.Salt}&signature={Uri.EscapeDataString(signature.Signature)}");
        }
        else if (request.Content is KayakoForm form)
        {
            request.Content = form.Signed(settings.ApiKey, signature);
        }
        else
        {
            throw new InvalidOperationException($"Kayako {request.Method} requests carry their authentication in a {nameof(KayakoForm)} body.");
        }

        request.RequestUri = new UriBuilder(settings.BaseUrl) { Query = query }.Uri;
        return base.SendAsync(request, cancellationToken);
    }

    private static string Append(string query, string parameters) =>
        query.Length == 0 ? parameters : query + "&" + parameters;
}
