using System.Security.Cryptography;
using System.Text;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

/// <summary>
/// Speaks Kayako Classic REST to the simulator as the documentation says: a fresh random salt per request, the
/// signature base64(HMAC-SHA256(secret, salt)), credentials in the query for GET/DELETE and in the form for POST/PUT.
/// </summary>
public sealed class KayakoTestClient(HttpClient http, Uri baseUrl, string apiKey, string secretKey)
{
    public Uri BaseUrl => baseUrl;

    public static string Sign(string salt, string secretKey) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(salt)));

    public static string NewSalt() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public Task<KayakoResponse> GetAsync(string route) => SendQueryAsync(HttpMethod.Get, route);

    public Task<KayakoResponse> DeleteAsync(string route) => SendQueryAsync(HttpMethod.Delete, route);

    public Task<KayakoResponse> PostAsync(string route, params (string Name, string Value)[] form) => SendFormAsync(HttpMethod.Post, route, form);

    public Task<KayakoResponse> PutAsync(string route, params (string Name, string Value)[] form) => SendFormAsync(HttpMethod.Put, route, form);

    /// <summary>Sends exactly this query string (after "index.php?"), for tests of the authentication itself.</summary>
    public Task<KayakoResponse> GetRawAsync(string query) => SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl + "?" + query)));

    /// <summary>A POST with a chosen query and form, for tests of where credentials are read from.</summary>
    public Task<KayakoResponse> PostRawAsync(string query, IEnumerable<(string Name, string Value)> form) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl + "?" + query)) { Content = Form(form) });

    /// <summary>The credentials of one request: apikey, a fresh salt and its signature.</summary>
    public (string Name, string Value)[] Credentials()
    {
        var salt = NewSalt();
        return [("apikey", apiKey), ("salt", salt), ("signature", Sign(salt, secretKey))];
    }

    public static string Query(IEnumerable<(string Name, string Value)> pairs) =>
        string.Join('&', pairs.Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value)));

    private Task<KayakoResponse> SendQueryAsync(HttpMethod method, string route) =>
        SendAsync(new HttpRequestMessage(method, new Uri(baseUrl + "?e=" + route + "&" + Query(Credentials()))));

    private Task<KayakoResponse> SendFormAsync(HttpMethod method, string route, (string Name, string Value)[] form) =>
        SendAsync(new HttpRequestMessage(method, new Uri(baseUrl + "?e=" + route)) { Content = Form([.. form, .. Credentials()]) });

    private static FormUrlEncodedContent Form(IEnumerable<(string Name, string Value)> pairs) =>
        new(pairs.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)));

    private async Task<KayakoResponse> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await http.SendAsync(request);
            return new KayakoResponse(response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
        }
    }
}
