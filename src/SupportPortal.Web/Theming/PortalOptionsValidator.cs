using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace SupportPortal.Web.Theming;

/// <summary>Refuses brand settings that would break every page, each with one sentence naming the setting.</summary>
internal sealed class PortalOptionsValidator : IValidateOptions<PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        var failures = Check(PortalOptions.SectionName, options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The problems of one brand whose settings live under <paramref name="section"/> (Portal or Portal:Brands:{host}).</summary>
    public static List<string> Check(string section, PortalOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Name))
        {
            failures.Add($"{section}:Name is empty; set it to the name your customers know you by.");
        }

        if (!IsImageAddress(options.LogoUrl))
        {
            failures.Add($"{section}:LogoUrl '{options.LogoUrl}' is not a path such as /brand/logo.svg or an http(s) address.");
        }

        if (!IsImageAddress(options.FaviconUrl))
        {
            failures.Add($"{section}:FaviconUrl '{options.FaviconUrl}' is not a path such as /brand/favicon.svg or an http(s) address.");
        }

        // Style sheets must come from the portal itself: the Content-Security-Policy allows no other.
        CheckLocalStyleSheet($"{section}:CustomCss", options.CustomCss, failures);
        CheckLocalStyleSheet($"{section}:Theme:FontCss", options.Theme.FontCss, failures);
        if (options.Theme.FontFamily.IndexOfAny(['{', '}', ';', '<', '>']) >= 0)
        {
            failures.Add($"{section}:Theme:FontFamily '{options.Theme.FontFamily}' is not a font list such as \"Inter, sans-serif\".");
        }

        if (!string.IsNullOrWhiteSpace(options.SupportEmail) && !MailAddress.TryCreate(options.SupportEmail, out _))
        {
            failures.Add($"{section}:SupportEmail '{options.SupportEmail}' is not an e-mail address.");
        }

        for (var index = 0; index < options.FooterLinks.Count; index++)
        {
            var link = options.FooterLinks[index];
            if (string.IsNullOrWhiteSpace(link.Text) || !(IsLocalPath(link.Url) || IsWebAddress(link.Url) || link.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)))
            {
                failures.Add($"{section}:FooterLinks:{index} needs a Text and a Url that is a path, an http(s) address or a mailto: link.");
            }
        }

        CheckColour($"{section}:Theme:Primary", options.Theme.Primary, failures);
        CheckColour($"{section}:Theme:Secondary", options.Theme.Secondary, failures);
        return failures;
    }

    private static bool IsImageAddress(string? url) => IsLocalPath(url) || IsWebAddress(url);

    // A rooted path, but not "//host/...", which browsers read as another site.
    private static bool IsLocalPath(string? url) =>
        !string.IsNullOrWhiteSpace(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.Contains('\\') && Uri.TryCreate(url, UriKind.Relative, out _);

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp);

    private static void CheckLocalStyleSheet(string setting, string value, List<string> failures)
    {
        if (!string.IsNullOrEmpty(value) && !IsLocalPath(value))
        {
            failures.Add($"{setting} '{value}' is not a path under the web root such as /brand/custom.css.");
        }
    }

    private static void CheckColour(string setting, string? value, List<string> failures)
    {
        if (PortalTheme.TryParseColour(value, out _))
        {
            return;
        }

        failures.Add($"{setting} '{value}' is not a colour; use a CSS colour such as #1565C0.");
    }
}
