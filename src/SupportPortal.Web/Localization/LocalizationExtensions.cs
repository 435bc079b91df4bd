using Microsoft.AspNetCore.Localization;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Localization;

/// <summary>
/// English and German from .resx files next to their marker classes (<see cref="PortalText"/> and friends). A request's
/// language is the customer's choice from the language picker (a cookie), else the browser's Accept-Language, else
/// <c>Portal:DefaultCulture</c>. Dates and numbers follow the same culture.
/// </summary>
public static class LocalizationExtensions
{
    public static IHostApplicationBuilder AddPortalLocalization(this IHostApplicationBuilder builder)
    {
        var defaultCulture = builder.Configuration[PortalCultures.DefaultCultureSetting] is { Length: > 0 } configured
            ? configured
            : PortalCultures.English;
        if (!PortalCultures.IsSupported(defaultCulture))
        {
            throw new HelpdeskConfigurationException(
                PortalCultures.DefaultCultureSetting,
                $"{PortalCultures.DefaultCultureSetting} is \"{defaultCulture}\"; the portal speaks {string.Join(" and ", PortalCultures.Supported)}.");
        }

        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(defaultCulture.ToLowerInvariant())
                .AddSupportedCultures([.. PortalCultures.Supported])
                .AddSupportedUICultures([.. PortalCultures.Supported]);

            // "de-AT" finds "de"; the customer's remembered choice comes before what the browser asks for.
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = PortalCultures.CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    /// <summary>Early in the pipeline: every page, cached copy and circuit after it runs in the request's culture.</summary>
    public static WebApplication UsePortalLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        CultureEndpoint.Map(app);
        return app;
    }
}
