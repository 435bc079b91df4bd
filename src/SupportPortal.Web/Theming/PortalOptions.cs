namespace SupportPortal.Web.Theming;

/// <summary>The portal's brand, from the <c>Portal</c> section: what customers see as the company's own.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>Portal:Name, shown in the app bar, the footer and every page title.</summary>
    public string Name { get; set; } = "Support Portal";

    /// <summary>Portal:LogoUrl, a path under the web root or an http(s) address.</summary>
    public string LogoUrl { get; set; } = "/brand/logo.svg";

    public PortalThemeOptions Theme { get; set; } = new();
}

/// <summary>Portal:Theme, the brand colours as CSS colours (#RRGGBB, rgb(...)).</summary>
public sealed class PortalThemeOptions
{
    public string Primary { get; set; } = "#1565C0";

    public string Secondary { get; set; } = "#00897B";
}
