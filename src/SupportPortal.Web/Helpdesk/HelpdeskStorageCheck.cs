using SupportPortal.Helpdesk;
using SupportPortal.Helpdesk.Embedded;
using SupportPortal.Helpdesk.KayakoClassic;

namespace SupportPortal.Web.Helpdesk;

/// <summary>
/// Refuses, at start-up, two helpdesks that would keep their data in one place (an embedded database, an attachments
/// folder, a Kayako votes file): one brand's tickets would show under another's host.
/// </summary>
internal static class HelpdeskStorageCheck
{
    public static void RefuseShared(IConfiguration configuration, IEnumerable<BrandHelpdesk> brandHelpdesks)
    {
        var helpdesks = brandHelpdesks
            .Select(b => (Prefix: $"{b.Section}:", Settings: (IConfiguration)configuration.GetSection(b.Section)))
            .Prepend((Prefix: "", Settings: configuration))
            .ToList();
        if (helpdesks.Count < 2)
        {
            return;
        }

        var claimed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (prefix, settings) in helpdesks)
        {
            foreach (var (setting, place) in Places(settings))
            {
                var named = prefix + setting;
                if (!claimed.TryAdd(place, named))
                {
                    throw new HelpdeskConfigurationException(
                        named,
                        $"{named} names the same place as {claimed[place]} ({place}); give each helpdesk its own, or one brand's tickets would show under another's host.");
                }
            }
        }
    }

    // What each backend keeps on disk or in a database, with the setting that names it.
    private static IEnumerable<(string Setting, string Place)> Places(IConfiguration settings)
    {
        var provider = settings[HelpdeskExtensions.ProviderSetting];
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals(HelpdeskExtensions.Embedded, StringComparison.OrdinalIgnoreCase))
        {
            var storage = EmbeddedHelpdeskStorage.Read(settings);
            yield return ("Helpdesk:Embedded:ConnectionString", storage.Database);
            yield return ("Helpdesk:Embedded:AttachmentsPath", storage.AttachmentsPath);
        }
        else if (provider.Equals(HelpdeskExtensions.KayakoClassic, StringComparison.OrdinalIgnoreCase))
        {
            yield return ("Helpdesk:KayakoClassic:VotesFile", KayakoClassicStorage.Read(settings).VotesFile);
        }
    }
}
