using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace SupportPortal.Web.Localization;

/// <summary>
/// A resource family's texts for code that is not built by the container (static helpers, plain records). Reads the
/// current UI culture at each call, like an injected IStringLocalizer.
/// </summary>
public static class StaticText<T>
{
    public static IStringLocalizer Localizer { get; } =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(T));
}
