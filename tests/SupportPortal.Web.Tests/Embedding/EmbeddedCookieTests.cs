using System.Net;
using SupportPortal.Web.Tests.Accounts;

namespace SupportPortal.Web.Tests.Embedding;

/// <summary>
/// With embedding on, the portal's cookies are the kind a browser keeps in a third-party frame
/// (SameSite=None; Secure; Partitioned); with it off they stay first-party only.
/// </summary>
public sealed class EmbeddedCookieTests(EmbeddingFactory embedding) : IClassFixture<EmbeddingFactory>
{
    [Fact]
    public async Task Antiforgery_cookie_works_in_a_third_party_frame_when_embedding_is_on()
    {
        var response = await embedding.CreateClient().GetAsync("/embed/");

        AssertFrameable(Cookie(response, ".AspNetCore.Antiforgery."));
    }

    [Fact]
    public async Task Sign_in_cookie_from_single_sign_on_works_in_a_third_party_frame_when_embedding_is_on()
    {
        var client = embedding.CreateClient(new() { AllowAutoRedirect = false });
        var token = SsoTokens.Create(SsoTokens.ValidClaims("alice@example.com", "Alice Customer"));

        var response = await client.PostAsync("/embed/account/sso", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["jwt"] = token,
            ["return_to"] = "/embed/kb",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/embed/kb", response.Headers.Location?.OriginalString);
        AssertFrameable(Cookie(response, ".SupportPortal.Account"));
    }

    [Fact]
    public async Task Without_embedding_cookies_are_not_partitioned_nor_sent_cross_site()
    {
        await using var plain = new PortalFactory();

        var response = await plain.CreateClient().GetAsync("/");
        var cookie = Cookie(response, ".AspNetCore.Antiforgery.").ToLowerInvariant();

        Assert.DoesNotContain("partitioned", cookie);
        Assert.DoesNotContain("samesite=none", cookie);
    }

    private static string Cookie(HttpResponseMessage response, string namePrefix) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(namePrefix, StringComparison.Ordinal));

    private static void AssertFrameable(string cookie)
    {
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("samesite=none", attributes);
        Assert.Contains("secure", attributes);
        Assert.Contains("partitioned", attributes);
        Assert.Contains("httponly", attributes);
    }
}
