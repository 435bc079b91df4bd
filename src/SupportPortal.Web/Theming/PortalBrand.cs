using MudBlazor;

namespace SupportPortal.Web.Theming;

/// <summary>
/// One brand as pages use it: its settings, its MudBlazor theme and the dark palette's CSS variables (for the
/// customer's dark and system choices). <see cref="Key"/> is the host name it answers to, or "default".
/// </summary>
public sealed record PortalBrand(string Key, PortalOptions Options, MudTheme Theme, string DarkPaletteVariables)
{
    public const string DefaultKey = "default";

    public string Name => Options.Name;
}
