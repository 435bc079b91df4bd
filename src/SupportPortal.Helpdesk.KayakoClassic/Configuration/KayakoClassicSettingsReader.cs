using Microsoft.Extensions.Configuration;

namespace SupportPortal.Helpdesk.KayakoClassic.Configuration;

/// <summary>Reads "Helpdesk:KayakoClassic" and refuses, with one sentence naming the setting, what cannot work.</summary>
internal static class KayakoClassicSettingsReader
{
    public static KayakoClassicSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(KayakoClassicSettings.SectionName);
        return new KayakoClassicSettings(
            ReadBaseUrl(section["BaseUrl"]),
            Require(section["ApiKey"], KayakoClassicSettings.ApiKeySetting, "the API key shown in Kayako's Admin Control Panel under REST API"),
            Require(section["SecretKey"], KayakoClassicSettings.SecretKeySetting, "the secret key shown in Kayako's Admin Control Panel under REST API"),
            ReadVotesFile(section["VotesFile"]));
    }

    private static Uri ReadBaseUrl(string? value)
    {
        const string setting = KayakoClassicSettings.BaseUrlSetting;
        const string example = "e.g. https://support.example.com/api/index.php";
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new HelpdeskConfigurationException(setting, $"{setting} is not set; set it to the full URL of Kayako's REST index.php ({example}).");
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new HelpdeskConfigurationException(setting, $"{setting} must be an absolute http or https URL of Kayako's REST index.php ({example}), not \"{value}\".");
        }

        // The route travels in the query ("?e=/Tickets/Ticket"), so the URL itself must not carry one.
        if (url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            throw new HelpdeskConfigurationException(setting, $"{setting} must end at index.php, without \"?\" or \"#\" ({example}), not \"{value}\".");
        }

        if (!url.AbsolutePath.EndsWith(".php", StringComparison.OrdinalIgnoreCase))
        {
            throw new HelpdeskConfigurationException(setting, $"{setting} must name Kayako's REST script itself ({example}), not \"{value}\".");
        }

        return url;
    }

    private static string Require(string? value, string setting, string what) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new HelpdeskConfigurationException(setting, $"{setting} is not set; set it to {what}.")
            : value.Trim();

    internal static string ReadVotesFile(string? value)
    {
        var path = string.IsNullOrWhiteSpace(value) ? KayakoClassicSettings.DefaultVotesFile : value.Trim();
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new HelpdeskConfigurationException(
                KayakoClassicSettings.VotesFileSetting,
                $"{KayakoClassicSettings.VotesFileSetting} names a path that is not valid: \"{value}\".",
                exception);
        }
    }
}
