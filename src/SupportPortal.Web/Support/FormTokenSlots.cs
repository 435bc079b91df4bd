using System.Security.Cryptography;
using System.Text;

namespace SupportPortal.Web.Support;

/// <summary>
/// Marks a page whose HTML is shared between visitors (output-cached) but whose forms need each visitor's own
/// antiforgery token. The page renders <see cref="Placeholder"/> where the token goes (see FormTokenField.razor);
/// <see cref="FormTokenSlotMiddleware"/> writes the visitor's token there on the way out, after the cache.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FormTokenSlotsAttribute : Attribute
{
    /// <summary>
    /// Random per process, so no article or comment can contain it by chance or on purpose. Letters, digits and
    /// dashes only: it reads the same in an HTML attribute and inside a streamed template.
    /// </summary>
    public static string Placeholder { get; } = "form-token-slot-" + RandomNumberGenerator.GetHexString(32, lowercase: true);

    internal static byte[] PlaceholderBytes { get; } = Encoding.UTF8.GetBytes(Placeholder);
}
