using System.Globalization;

namespace SupportPortal.Web.Tests.Localization;

/// <summary>
/// A component test in a language, as request localization sets it for a request: culture and UI culture, for the
/// test's own flow (renders and their continuations inherit it); the previous ones come back at the end.
/// </summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUiCulture;
    }
}
