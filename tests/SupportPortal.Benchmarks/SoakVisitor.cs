using System.Net;
using System.Text.RegularExpressions;

namespace SupportPortal.Benchmarks;

/// <summary>
/// A browser without JavaScript: keeps its cookies, follows no redirects, reads a page's hidden form fields (the
/// antiforgery token among them) and posts forms with them, and records every request in the <see cref="SoakCounts"/> of the moment (warm-up, then the measured run).
/// </summary>
internal sealed partial class SoakVisitor(Uri baseUrl, Func<SoakCounts> counts) : IDisposable
{
    private const string TokenField = "__RequestVerificationToken";

    private readonly HttpClient client = new(new SocketsHttpHandler
    {
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    })
    {
        BaseAddress = baseUrl,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public HttpClient Client => client;

    /// <summary>GETs a page and returns its HTML, or null when the request failed or had another status.</summary>
    public async Task<string?> GetAsync(string kind, string path, params HttpStatusCode[] expected)
    {
        using var response = await SendAsync(kind, () => client.GetAsync(path), expected);
        return response is null ? null : await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts the page's form named <paramref name="formName"/> (Blazor's _handler) with the antiforgery token it carries.</summary>
    public async Task<HttpStatusCode?> PostFormAsync(string kind, string path, string html, string formName, IReadOnlyDictionary<string, string> typed, params HttpStatusCode[] expected)
    {
        var fields = new Dictionary<string, string> { ["_handler"] = formName };
        if (TokenInput().Match(html) is { Success: true } input && ValueAttribute().Match(input.Value) is { Success: true } token)
        {
            fields[TokenField] = WebUtility.HtmlDecode(token.Groups[1].Value);
        }

        foreach (var (name, value) in typed)
        {
            fields[name] = value;
        }

        using var response = await SendAsync(kind, () => client.PostAsync(path, new FormUrlEncodedContent(fields)), expected);
        return response?.StatusCode;
    }

    public void Dispose() => client.Dispose();

    private async Task<HttpResponseMessage?> SendAsync(string kind, Func<Task<HttpResponseMessage>> send, HttpStatusCode[] expected)
    {
        try
        {
            var response = await send();
            await response.Content.LoadIntoBufferAsync();
            var ok = expected.Length == 0 ? response.StatusCode == HttpStatusCode.OK : expected.Contains(response.StatusCode);
            counts().Record(kind, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), ok);
            if (ok)
            {
                return response;
            }

            response.Dispose();
            return null;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            counts().Record(kind, exception is TaskCanceledException ? "timeout" : "no answer", ok: false);
            return null;
        }
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*>""")]
    private static partial Regex TokenInput();

    [GeneratedRegex(@"value=""([^""]*)""")]
    private static partial Regex ValueAttribute();
}
