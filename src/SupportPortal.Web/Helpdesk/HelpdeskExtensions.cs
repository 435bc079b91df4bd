using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Helpdesk;

/// <summary>Registers the one helpdesk backend that <c>Helpdesk:Provider</c> names.</summary>
public static class HelpdeskExtensions
{
    public const string ProviderSetting = "Helpdesk:Provider";

    public const string Embedded = "Embedded";

    public const string KayakoClassic = "KayakoClassic";

    // Every backend the design names, so a typo and a backend this build lacks get different answers.
    private static readonly string[] KnownProviders = [Embedded, KayakoClassic, "Kayako", "Zendesk", "IntegrationApi"];

    public static IHostApplicationBuilder AddHelpdesk(this IHostApplicationBuilder builder)
    {
        var provider = builder.Configuration[ProviderSetting];
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals(Embedded, StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddEmbeddedHelpdesk(builder.Configuration);
            return builder;
        }

        if (provider.Equals(KayakoClassic, StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddKayakoClassicHelpdesk(builder.Configuration);
            return builder;
        }

        var known = KnownProviders.FirstOrDefault(p => p.Equals(provider, StringComparison.OrdinalIgnoreCase));
        throw known is null
            ? new HelpdeskConfigurationException(ProviderSetting, $"{ProviderSetting} '{provider}' is not one of {string.Join(", ", KnownProviders)}.")
            : new HelpdeskConfigurationException(ProviderSetting, $"{ProviderSetting} '{known}' is not available in this build; use {Embedded} or {KayakoClassic}.");
    }
}
