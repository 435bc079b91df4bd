using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Security;

/// <summary>
/// <c>Portal:Embedding:AllowedOrigins</c>: the sites allowed to show the portal in a frame. Each must be a bare
/// http(s) origin ("https://www.example.com"); anything else is refused at start-up, as it would end up in a header.
/// </summary>
public sealed record EmbeddingOrigins(IReadOnlyList<string> Origins)
{
    public const string Setting = "Portal:Embedding:AllowedOrigins";

    public static EmbeddingOrigins Read(IConfiguration configuration)
    {
        var configured = configuration.GetSection(Setting).Get<string[]>() ?? [];
        var origins = new List<string>();
        foreach (var value in configured.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
                || uri.PathAndQuery != "/" || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
            {
                throw new HelpdeskConfigurationException(Setting, $"{Setting} lists \"{value}\", which is not an origin such as \"https://www.example.com\".");
            }

            origins.Add(uri.GetLeftPart(UriPartial.Authority));
        }

        return new EmbeddingOrigins(origins);
    }
}
