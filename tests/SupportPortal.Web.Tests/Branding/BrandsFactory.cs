using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SupportPortal.Web.Tests.Branding;

/// <summary>
/// One instance with two brands: the default (Contoso, from <see cref="PortalFactory"/>) and Fabrikam on its own
/// host name, with every white-label setting; the start-up log is kept for the tests to read.
/// </summary>
public sealed class BrandsFactory : PortalFactory
{
    public const string FabrikamHost = "help.fabrikam.test";
    public const string FabrikamName = "Fabrikam Care";
    public const string FabrikamPrimaryCss = "rgba(46,125,50,1)";
    private const string Fabrikam = "Portal:Brands:" + FabrikamHost + ":";

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(Fabrikam + "Name", FabrikamName);
        builder.UseSetting(Fabrikam + "PageTitle", "Fabrikam Customer Care");
        builder.UseSetting(Fabrikam + "FaviconUrl", "/brand/fabrikam-icon.png");
        builder.UseSetting(Fabrikam + "CustomCss", "/brand/fabrikam.css");
        builder.UseSetting(Fabrikam + "SupportEmail", "care@fabrikam.example");
        builder.UseSetting(Fabrikam + "FooterLinks:0:Text", "Fabrikam privacy");
        builder.UseSetting(Fabrikam + "FooterLinks:0:Url", "https://www.fabrikam.example/privacy");
        builder.UseSetting(Fabrikam + "Theme:Primary", "#2E7D32");
        builder.UseSetting(Fabrikam + "Theme:FontFamily", "Atkinson Hyperlegible, sans-serif");
        builder.UseSetting(Fabrikam + "Theme:Mode", "Dark");

        // Yellow behind white text: readable by nobody, so the start-up check must say so.
        builder.UseSetting("Portal:Brands:pale.test:Name", "Pale Brand");
        builder.UseSetting("Portal:Brands:pale.test:Theme:Primary", "#FFEB3B");
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);

    public HttpClient ClientFor(string host) => CreateClient(new() { BaseAddress = new Uri($"http://{host}/") });
}
