namespace SupportPortal.Web.Theming;

/// <summary>
/// A brand, from the <c>Portal</c> section (the default brand) or from <c>Portal:Brands:{host}</c>, which starts from
/// the default brand and overrides what it sets: what customers see as the company's own.
/// </summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>Portal:Name, shown in the app bar, the footer and every page title.</summary>
    public string Name { get; set; } = "Support Portal";

    /// <summary>Portal:PageTitle, the browser tab's title after a page's own; the portal's name when empty.</summary>
    public string PageTitle { get; set; } = "";

    /// <summary>Portal:LogoUrl, a path under the web root or an http(s) address.</summary>
    public string LogoUrl { get; set; } = "/brand/logo.svg";

    /// <summary>Portal:FaviconUrl, the tab's icon: a path under the web root or an http(s) address.</summary>
    public string FaviconUrl { get; set; } = "/brand/favicon.svg";

    /// <summary>Portal:CustomCss, an operator's style sheet under the web root (e.g. /brand/custom.css), loaded last.</summary>
    public string CustomCss { get; set; } = "";

    /// <summary>Portal:SupportEmail, shown in the footer as a way to reach a person.</summary>
    public string SupportEmail { get; set; } = "";

    /// <summary>Portal:FooterLinks, the company's own links in the footer (privacy, terms, main site).</summary>
    public List<PortalFooterLink> FooterLinks { get; set; } = [];

    public PortalThemeOptions Theme { get; set; } = new();

    /// <summary>The brand's title for the browser tab.</summary>
    public string TabTitle => string.IsNullOrWhiteSpace(PageTitle) ? Name : PageTitle;
}

/// <summary>One footer link: its text and where it goes.</summary>
public sealed class PortalFooterLink
{
    public string Text { get; set; } = "";

    public string Url { get; set; } = "";
}

/// <summary>Portal:Theme, the brand's look: colours as CSS colours (#RRGGBB, rgb(...)), fonts and colour scheme.</summary>
public sealed class PortalThemeOptions
{
    public string Primary { get; set; } = "#1565C0";

    // Teal 700: white text on it passes WCAG AA (teal 600, #00897B, does not).
    public string Secondary { get; set; } = "#00796B";

    /// <summary>Portal:Theme:FontFamily, a CSS font stack; the system's own fonts when empty.</summary>
    public string FontFamily { get; set; } = "";

    /// <summary>Portal:Theme:FontCss, a style sheet under the web root with the @font-face rules FontFamily needs.</summary>
    public string FontCss { get; set; } = "";

    /// <summary>Portal:Theme:Mode, the colour scheme before a customer picks one: System, Light or Dark.</summary>
    public ColourScheme Mode { get; set; } = ColourScheme.System;
}

/// <summary>Light, dark, or whatever the customer's device prefers.</summary>
public enum ColourScheme
{
    System,
    Light,
    Dark,
}
