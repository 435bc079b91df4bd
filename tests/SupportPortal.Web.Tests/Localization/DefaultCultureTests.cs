using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;

namespace SupportPortal.Web.Tests.Localization;

/// <summary>Portal:DefaultCulture speaks to visitors whose browser asks for no language the portal has.</summary>
public sealed class DefaultCultureTests(DefaultCultureTests.GermanByDefaultFactory portal) : IClassFixture<DefaultCultureTests.GermanByDefaultFactory>
{
    [Fact]
    public async Task A_browser_asking_for_french_gets_the_configured_default_german()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-FR"));

        var html = await (await portal.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"de\"", html);
        Assert.Contains("Wie können wir Ihnen helfen?", GermanPagesTests.VisibleText(html));
    }

    [Fact]
    public async Task A_browser_asking_for_english_still_gets_english()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-US"));

        var html = await (await portal.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("How can we help?", GermanPagesTests.VisibleText(html));
    }

    [Fact]
    public async Task A_language_the_portal_does_not_speak_stops_startup_with_one_sentence()
    {
        var outcome = await PortalProcess.RunUntilItStopsAsync(new Dictionary<string, string> { ["Portal__DefaultCulture"] = "fr" });

        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal("Configuration error: Portal:DefaultCulture is \"fr\"; the portal speaks en and de.", line);
    }

    public sealed class GermanByDefaultFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:DefaultCulture", "de");
        }
    }
}
