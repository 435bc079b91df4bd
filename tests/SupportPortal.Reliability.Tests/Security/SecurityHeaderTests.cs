using System.Net;
using System.Text.RegularExpressions;

namespace SupportPortal.Reliability.Tests.Security;

public sealed partial class SecurityHeaderTests(HardenedPortal portal) : IClassFixture<HardenedPortal>
{
    [Fact]
    public async Task Pages_allow_scripts_only_from_the_portal_and_the_one_inline_script_carries_the_nonce()
    {
        var response = await portal.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var nonce = NonceInPolicy().Match(policy).Groups[1].Value;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(nonce);
        Assert.DoesNotContain("unsafe-inline'", policy.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)));
        Assert.Contains("object-src 'none'", policy);
        Assert.Contains("base-uri 'self'", policy);
        foreach (Match script in ScriptTags().Matches(html))
        {
            var tag = script.Value;
            Assert.True(tag.Contains(" src=", StringComparison.Ordinal) || tag.Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal), $"Inline script without the nonce: {tag}");
        }
    }

    [Fact]
    public async Task Every_request_gets_a_fresh_nonce()
    {
        var client = portal.CreateClient();

        var first = Assert.Single((await client.GetAsync("/")).Headers.GetValues("Content-Security-Policy"));
        var second = Assert.Single((await client.GetAsync("/")).Headers.GetValues("Content-Security-Policy"));

        Assert.NotEqual(NonceInPolicy().Match(first).Groups[1].Value, NonceInPolicy().Match(second).Groups[1].Value);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/no/such/page")]
    [InlineData("/healthz")]
    public async Task By_default_only_the_portal_itself_may_frame_it(string url)
    {
        var response = await portal.CreateClient().GetAsync(url);

        Assert.Contains("frame-ancestors 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("SAMEORIGIN", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Powerful_browser_features_are_switched_off()
    {
        var response = await portal.CreateClient().GetAsync("/");

        var policy = Assert.Single(response.Headers.GetValues("Permissions-Policy"));
        Assert.Contains("camera=()", policy);
        Assert.Contains("geolocation=()", policy);
        Assert.Contains("microphone=()", policy);
    }

    [Fact]
    public async Task Https_responses_outside_development_demand_https_for_a_year()
    {
        var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://portal.example.com") });

        var response = await client.GetAsync("/");

        Assert.Contains("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Every_response_names_its_correlation_id()
    {
        var response = await portal.CreateClient().GetAsync("/");

        Assert.Matches("^[0-9a-f]{32}$|^[0-9A-Z:]+$", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
    }

    [GeneratedRegex("'nonce-([A-Za-z0-9+/_=-]+)'")]
    private static partial Regex NonceInPolicy();

    [GeneratedRegex("<script\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTags();
}

public sealed class EmbeddingHeaderTests(EmbeddablePortal portal) : IClassFixture<EmbeddablePortal>
{
    [Fact]
    public async Task A_configured_host_site_may_frame_the_portal_and_no_header_contradicts_it()
    {
        var response = await portal.CreateClient().GetAsync("/");

        Assert.Contains($"frame-ancestors 'self' {EmbeddablePortal.HostSite}", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }
}
