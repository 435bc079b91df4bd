using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Theming;

namespace SupportPortal.Web.Helpdesk;

/// <summary>
/// Registers the default helpdesk that <c>Helpdesk:Provider</c> names (the <see cref="IHelpdesk"/> singleton), and one
/// more for each brand with a <c>Portal:Brands:{host}:Helpdesk</c> section of the same shape, all in a
/// <see cref="HelpdeskDirectory"/>. Pages reach the helpdesk of their host through <see cref="CurrentHelpdesk"/>.
/// </summary>
public static class HelpdeskExtensions
{
    public const string ProviderSetting = "Helpdesk:Provider";

    public const string Embedded = "Embedded";

    public const string KayakoClassic = "KayakoClassic";

    // Every backend the design names, so a typo and a backend this build lacks get different answers.
    private static readonly string[] KnownProviders = [Embedded, KayakoClassic, "Kayako", "Zendesk", "IntegrationApi"];

    public static IHostApplicationBuilder AddHelpdesk(this IHostApplicationBuilder builder)
    {
        AddBackend(builder.Services, builder.Configuration, settingPrefix: "");

        var brandHelpdesks = BrandsWithOwnHelpdesk(builder.Configuration)
            .Select(brand => BrandHelpdesk.Register(brand, services => AddBackend(services, brand, $"{brand.Path}:")))
            .ToList();

        HelpdeskStorageCheck.RefuseShared(builder.Configuration, brandHelpdesks);
        builder.Services.AddSingleton(provider => new HelpdeskDirectory(provider, brandHelpdesks));
        builder.Services.AddHostedService<BrandHelpdesksLifetime>();
        builder.Services.AddHelpdeskDirectory();
        return builder;
    }

    /// <summary>The <c>Portal:Brands:{host}</c> sections that have a <c>Helpdesk</c> section of their own.</summary>
    public static IEnumerable<IConfigurationSection> BrandsWithOwnHelpdesk(IConfiguration configuration) =>
        configuration.GetSection(PortalBrands.BrandsSection).GetChildren().Where(brand => brand.GetSection("Helpdesk").Exists());

    /// <summary>
    /// What services that serve pages need to find the helpdesk of the request's host: <see cref="CurrentHelpdesk"/>,
    /// and a directory of the default helpdesk alone when <see cref="AddHelpdesk"/> did not register one.
    /// </summary>
    public static IServiceCollection AddHelpdeskDirectory(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new HelpdeskDirectory(provider, []));
        services.TryAddScoped<CurrentHelpdesk>();
        return services;
    }

    /// <summary>
    /// Registers the backend that <c>{settingPrefix}Helpdesk:Provider</c> names from <paramref name="configuration"/>
    /// (the root, or a brand's section); a brand's problems name the brand's settings.
    /// </summary>
    private static void AddBackend(IServiceCollection services, IConfiguration configuration, string settingPrefix)
    {
        var provider = configuration[ProviderSetting];
        var setting = settingPrefix + ProviderSetting;
        try
        {
            if (string.IsNullOrWhiteSpace(provider) || provider.Equals(Embedded, StringComparison.OrdinalIgnoreCase))
            {
                RequireOwnDatabase(configuration, settingPrefix);
                services.AddEmbeddedHelpdesk(configuration);
                return;
            }

            if (provider.Equals(KayakoClassic, StringComparison.OrdinalIgnoreCase))
            {
                services.AddKayakoClassicHelpdesk(configuration);
                return;
            }
        }
        catch (HelpdeskConfigurationException exception) when (settingPrefix.Length > 0)
        {
            throw UnderBrand(exception, settingPrefix);
        }

        var known = KnownProviders.FirstOrDefault(p => p.Equals(provider, StringComparison.OrdinalIgnoreCase));
        throw known is null
            ? new HelpdeskConfigurationException(setting, $"{setting} '{provider}' is not one of {string.Join(", ", KnownProviders)}.")
            : new HelpdeskConfigurationException(setting, $"{setting} '{known}' is not available in this build; use {Embedded} or {KayakoClassic}.");
    }

    /// <summary>
    /// The backends name their settings from "Helpdesk:"; under a brand the operator looks for the brand's, e.g.
    /// Portal:Brands:{host}:Helpdesk:Embedded:ConnectionString.
    /// </summary>
    internal static HelpdeskConfigurationException UnderBrand(HelpdeskConfigurationException exception, string settingPrefix) => new(
        settingPrefix + exception.SettingName,
        exception.Message.Replace(exception.SettingName, settingPrefix + exception.SettingName, StringComparison.Ordinal),
        exception);

    // The embedded helpdesk's default database is the default helpdesk's: a brand must name its own.
    private static void RequireOwnDatabase(IConfiguration configuration, string settingPrefix)
    {
        const string connectionString = "Helpdesk:Embedded:ConnectionString";
        if (settingPrefix.Length > 0 && string.IsNullOrWhiteSpace(configuration[connectionString]))
        {
            // Named from "Helpdesk:" like the backends' own problems; AddBackend adds the brand's prefix.
            var setting = connectionString;
            var host = configuration is IConfigurationSection brand ? brand.Key : "brand";
            throw new HelpdeskConfigurationException(
                setting,
                $"{setting} is not set; a brand's own helpdesk needs a database of its own, e.g. \"Data Source=data/helpdesk-{host}.db\".");
        }
    }
}
