using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Accounts;

/// <summary>The account settings outside their own sections (<c>Portal:SeedDemoAccounts</c>), read once.</summary>
public sealed record AccountSettings(bool SeedDemoAccounts)
{
    public const string SeedDemoAccountsSetting = "Portal:SeedDemoAccounts";

    public static AccountSettings Read(IConfiguration configuration) =>
        new(ReadFlag(configuration, SeedDemoAccountsSetting));

    internal static bool ReadFlag(IConfiguration configuration, string setting)
    {
        var value = configuration[setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        return bool.TryParse(value, out var flag)
            ? flag
            : throw new HelpdeskConfigurationException(setting, $"{setting} must be true or false, not \"{value}\".");
    }
}
