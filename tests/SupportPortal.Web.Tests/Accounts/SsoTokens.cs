using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SupportPortal.Web.Tests.Accounts;

/// <summary>
/// Makes single sign-on tokens the way a host site would, by hand (HS256 JWT: header.payload.signature), so the tests
/// can leave out or bend any claim.
/// </summary>
public static class SsoTokens
{
    public static Dictionary<string, object> ValidClaims(string email, string name = "Sam Single-Sign-On")
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new Dictionary<string, object>
        {
            ["email"] = email,
            ["name"] = name,
            ["iat"] = now,
            ["exp"] = now + 300,
            ["jti"] = Guid.NewGuid().ToString("N"),
        };
    }

    public static string Create(IReadOnlyDictionary<string, object> claims, string secret = AccountsFactory.SsoSecret, string algorithm = "HS256")
    {
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = algorithm, ["typ"] = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var key = Encoding.UTF8.GetBytes(secret);
        var data = Encoding.ASCII.GetBytes($"{header}.{payload}");
        var signature = algorithm == "HS512" ? HMACSHA512.HashData(key, data) : HMACSHA256.HashData(key, data);
        return $"{header}.{payload}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
