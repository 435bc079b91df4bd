namespace SupportPortal.Helpdesk;

/// <summary>
/// A backend's settings cannot work. The message is one sentence an operator can act on, and names the
/// setting (e.g. "Helpdesk:Embedded:ConnectionString"); the portal prints it and stops instead of a stack trace.
/// </summary>
public sealed class HelpdeskConfigurationException(string settingName, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>The configuration key at fault, in "Section:Key" form.</summary>
    public string SettingName { get; } = settingName;
}
