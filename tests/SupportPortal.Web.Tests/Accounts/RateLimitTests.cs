using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace SupportPortal.Web.Tests.Accounts;

public sealed class RateLimitTests(RateLimitTests.TightLimitsFactory portal) : IClassFixture<RateLimitTests.TightLimitsFactory>
{
    [Fact]
    public async Task Too_many_sign_in_posts_get_a_429_page_that_says_when_to_try_again_while_reading_the_page_stays_free()
    {
        var browser = PortalBrowser.For(portal);
        var responses = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            responses.Add(await browser.SignInAsync("nobody@example.com", "wrong-password"));
        }

        Assert.All(responses.Take(2), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var refused = responses[2];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture) > 0);
        var page = PortalBrowser.Text(await PortalBrowser.ParseAsync(refused));
        Assert.Contains("Too many attempts", page);
        Assert.Contains("Please try again in", page);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public async Task Too_many_single_sign_on_requests_get_a_429()
    {
        var client = portal.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            statuses.Add((await client.GetAsync("/account/sso?jwt=not-a-token")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Too_many_registrations_get_a_429()
    {
        var browser = PortalBrowser.For(portal);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            statuses.Add((await RegistrationTests.RegisterAsync(browser, "Spammer", $"spam-{Guid.NewGuid():N}@example.com", "A-long-passphrase")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Found, HttpStatusCode.Found, HttpStatusCode.TooManyRequests], statuses);
    }

    public sealed class TightLimitsFactory : AccountsFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:RateLimits:SignInPerMinute", "2");
            builder.UseSetting("Portal:RateLimits:RegistrationsPerHour", "2");
            builder.UseSetting("Portal:RateLimits:SsoPerMinute", "2");
        }
    }
}
