using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace SupportPortal.Web.Security;

/// <summary>
/// Size limits for everything that reaches the portal: no request body larger than one allowed upload
/// (<c>Portal:Uploads:MaxFileBytes</c>) plus room for its form, small headers, and form fields of sane size.
/// </summary>
public static class RequestLimitsExtensions
{
    private const long DefaultMaxFileBytes = 25 * 1024 * 1024;
    private const long FormOverheadBytes = 1024 * 1024;

    public static IServiceCollection AddPortalRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var maxFile = configuration.GetValue("Portal:Uploads:MaxFileBytes", DefaultMaxFileBytes);
        var maxBody = maxFile + FormOverheadBytes;
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = maxBody;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
        });
        services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = maxBody;
            form.ValueLengthLimit = 256 * 1024;
            form.ValueCountLimit = 200;
            form.KeyLengthLimit = 1024;
        });
        return services;
    }
}
