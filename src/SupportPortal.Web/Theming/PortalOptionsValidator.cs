using Microsoft.Extensions.Options;
using MudBlazor.Utilities;

namespace SupportPortal.Web.Theming;

/// <summary>Refuses brand settings that would break every page, each with one sentence naming the setting.</summary>
internal sealed class PortalOptionsValidator : IValidateOptions<PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Name))
        {
            failures.Add("Portal:Name is empty; set it to the name your customers know you by.");
        }

        if (!IsLogoAddress(options.LogoUrl))
        {
            failures.Add($"Portal:LogoUrl '{options.LogoUrl}' is not a path such as /brand/logo.svg or an http(s) address.");
        }

        CheckColour("Portal:Theme:Primary", options.Theme.Primary, failures);
        CheckColour("Portal:Theme:Secondary", options.Theme.Secondary, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsLogoAddress(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        // A rooted path, but not "//host/...", which browsers read as another site.
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            return Uri.TryCreate(url, UriKind.Relative, out _);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp);
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
