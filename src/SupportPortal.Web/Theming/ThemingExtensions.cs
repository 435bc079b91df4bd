using Microsoft.Extensions.Options;
using MudBlazor;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Theming;

/// <summary>
/// The brands from <c>Portal:*</c> and <c>Portal:Brands:{host}:*</c>: name, logo, favicon, colours, fonts, colour
/// scheme, custom CSS, footer; the request's host picks one (<see cref="CurrentBrand"/>).
/// </summary>
public static class ThemingExtensions
{
    public static IHostApplicationBuilder AddPortalTheme(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PortalOptions>()
            .Bind(builder.Configuration.GetSection(PortalOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PortalOptions>, PortalOptionsValidator>();
        CheckHostBrands(builder.Configuration);

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(PortalBrands.Create);
        builder.Services.AddScoped<CurrentBrand>();
        builder.Services.AddScoped(services => services.GetRequiredService<CurrentBrand>().Brand.Theme);
        builder.Services.AddHostedService<BrandContrastCheck>();
        return builder;
    }

    // Refused at start-up like the default brand's settings, each problem naming its host's setting.
    private static void CheckHostBrands(IConfiguration configuration)
    {
        foreach (var (_, section, options) in PortalBrands.ReadHostOptions(configuration))
        {
            if (PortalOptionsValidator.Check(section, options) is [var first, ..])
            {
                throw new HelpdeskConfigurationException(section, first);
            }
        }
    }
}
