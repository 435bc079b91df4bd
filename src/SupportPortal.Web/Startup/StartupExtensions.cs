namespace SupportPortal.Web.Startup;

/// <summary>How the portal reports a start-up that fails: see <see cref="StartupFailureLogging"/> and <see cref="ConfigurationError"/>.</summary>
public static class StartupExtensions
{
    public static IHostApplicationBuilder AddStartupFailureReporting(this IHostApplicationBuilder builder) =>
        StartupFailureLogging.AddTo(builder);
}
