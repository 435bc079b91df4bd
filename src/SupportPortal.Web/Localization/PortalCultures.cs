using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace SupportPortal.Web.Localization;

/// <summary>The languages the portal speaks, and the cookie that remembers a customer's choice among them.</summary>
public static class PortalCultures
{
    public const string DefaultCultureSetting = "Portal:DefaultCulture";

    public const string English = "en";

    public const string German = "de";

    /// <summary>In the order the language picker lists them.</summary>
    public static IReadOnlyList<string> Supported { get; } = [English, German];

    /// <summary>ASP.NET Core's own name, so <see cref="CookieRequestCultureProvider"/> reads it with no extra setup.</summary>
    public static string CookieName => CookieRequestCultureProvider.DefaultCookieName;

    public static bool IsSupported(string? name) =>
        name is not null && Supported.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>A language's own name for itself, as the picker shows it ("Deutsch", not "German").</summary>
    public static string NativeName(string name)
    {
        var native = CultureInfo.GetCultureInfo(name).NativeName;
        return native.Length == 0 ? name : char.ToUpper(native[0], CultureInfo.GetCultureInfo(name)) + native[1..];
    }
}
