using System.Security.Cryptography;
using System.Text;

namespace SupportPortal.Simulators.KayakoClassic.Wire;

/// <summary>
/// Controller_api's constructor and SWIFT_RESTManager::Authenticate: a salt must be present, the API key must match,
/// and the signature must be base64(HMAC-SHA256(key: secret key, data: salt)).
/// </summary>
internal sealed class RestAuthenticator(string apiKey, string secretKey)
{
    public const string NoSaltMessage = "NO SALT PROVIDED!";
    public const string FailedMessage = "FAILED TO AUTHENTICATE";

    /// <summary>The signature a client must send for <paramref name="salt"/>.</summary>
    public static string Sign(string salt, string secretKey) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(salt)));

    /// <summary>Null when the request may proceed; otherwise the 401 Kayako answers.</summary>
    public RestResult? Refusal(PhpParameters parameters)
    {
        if (Php.IsEmpty(parameters["salt"]))
        {
            return Unauthorized(NoSaltMessage);
        }

        var incomingKey = (parameters["apikey"] ?? string.Empty).Trim();
        // An unencoded "+" in a query string arrives as a space; Kayako turns it back.
        var signature = (parameters["signature"] ?? string.Empty).Replace(' ', '+').Trim();
        if (incomingKey.Length == 0 || incomingKey != apiKey.Trim() || apiKey.Trim().Length == 0 || Php.IsBlank(signature))
        {
            return Unauthorized(FailedMessage);
        }

        var expected = Encoding.ASCII.GetBytes(Sign(parameters["salt"]!, secretKey));
        var actual = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? null : Unauthorized(FailedMessage);
    }

    private static RestResult Unauthorized(string text) =>
        new(StatusCodes.Status401Unauthorized, RestResult.PhpDefaultContentType, text);
}
