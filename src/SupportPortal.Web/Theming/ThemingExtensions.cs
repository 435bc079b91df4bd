using Microsoft.Extensions.Options;
using MudBlazor;

namespace SupportPortal.Web.Theming;

/// <summary>The brand from <c>Portal:*</c>: name, logo and the MudBlazor theme made of its colours.</summary>
public static class ThemingExtensions
{
    public static IHostApplicationBuilder AddPortalTheme(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PortalOptions>()
            .Bind(builder.Configuration.GetSection(PortalOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PortalOptions>, PortalOptionsValidator>();
        builder.Services.AddSingleton(services => PortalTheme.Create(services.GetRequiredService<IOptions<PortalOptions>>().Value.Theme));
        return builder;
    }
}
