using Microsoft.Extensions.Configuration;
using SupportPortal.Helpdesk.KayakoClassic.Configuration;

namespace SupportPortal.Helpdesk.KayakoClassic;

/// <summary>
/// What a Kayako Classic helpdesk keeps on this machine, resolved from its "Helpdesk:KayakoClassic" settings: the
/// article votes file (full path). Lets a portal with several helpdesks refuse two that would share it.
/// </summary>
public sealed record KayakoClassicStorage(string VotesFile)
{
    /// <exception cref="HelpdeskConfigurationException">The path cannot work.</exception>
    public static KayakoClassicStorage Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new KayakoClassicStorage(KayakoClassicSettingsReader.ReadVotesFile(configuration[KayakoClassicSettings.VotesFileSetting]));
    }
}
