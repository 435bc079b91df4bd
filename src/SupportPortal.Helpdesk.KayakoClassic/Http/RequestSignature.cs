using System.Security.Cryptography;
using System.Text;

namespace SupportPortal.Helpdesk.KayakoClassic.Http;

/// <summary>
/// Kayako Classic's request authentication: a fresh random salt and
/// signature = base64(HMAC-SHA256(key: secret key, data: salt)) — raw digest bytes, as Kayako's
/// SWIFT_RESTManager::Authenticate computes it.
/// </summary>
internal sealed record RequestSignature(string Salt, string Signature)
{
    private const string SaltAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const int SaltLength = 32;

    /// <summary>A signature over a new salt from the cryptographic random generator.</summary>
    public static RequestSignature Create(string secretKey) =>
        For(secretKey, RandomNumberGenerator.GetString(SaltAlphabet, SaltLength));

    public static RequestSignature For(string secretKey, string salt)
    {
        var digest = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(salt));
        return new RequestSignature(salt, Convert.ToBase64String(digest));
    }
}
