using System.Net;
using System.Text;

namespace SupportPortal.Web.Tests.Accounts;

/// <summary>
/// Single sign-on under attack, beyond what <see cref="SsoTests"/> covers: a used <c>jti</c> in a freshly signed
/// token, one token raced from many browsers, "none" in other spellings or with a real signature kept, an edited
/// header, a stripped signature, a token dated in the future. Each must sign nobody in and create no account.
/// </summary>
public sealed class SsoAttackTests(AccountsFactory portal) : IClassFixture<AccountsFactory>
{
    private const int RacingBrowsers = 8;

    [Fact]
    public async Task A_used_jti_in_a_freshly_signed_token_for_another_address_is_refused()
    {
        var first = SsoTokens.ValidClaims($"first-{Guid.NewGuid():N}@example.com");
        Assert.Equal(HttpStatusCode.Found, (await GetSsoAsync(SsoTokens.Create(first))).StatusCode);
        var replay = SsoTokens.ValidClaims($"replay-{Guid.NewGuid():N}@example.com");
        replay["jti"] = first["jti"];

        await AssertRefusedAsync(await GetSsoAsync(SsoTokens.Create(replay)), "already been used", (string)replay["email"]);
    }

    [Fact]
    public async Task The_same_token_sent_at_once_from_many_browsers_signs_in_exactly_once()
    {
        var token = SsoTokens.Create(SsoTokens.ValidClaims($"race-{Guid.NewGuid():N}@example.com"));

        var responses = await Task.WhenAll(Enumerable.Range(0, RacingBrowsers).Select(_ => GetSsoAsync(token)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Found);
        Assert.Equal(RacingBrowsers - 1, responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized));
        Assert.Single(responses, SetsAccountCookie);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("None")]
    [InlineData("NONE")]
    [InlineData("nOnE")]
    public async Task An_unsigned_token_that_keeps_a_real_signature_is_refused(string algorithm)
    {
        var email = $"none-{Guid.NewGuid():N}@example.com";
        var signed = SsoTokens.Create(SsoTokens.ValidClaims(email)).Split('.');
        var unsignedHeader = SsoTokens.Create(SsoTokens.ValidClaims(email), algorithm: algorithm).Split('.')[0];

        await AssertRefusedAsync(await GetSsoAsync($"{unsignedHeader}.{signed[1]}.{signed[2]}"), "The sign-in token", email);
        await AssertRefusedAsync(await GetSsoAsync($"{unsignedHeader}.{signed[1]}."), "The sign-in token", email);
    }

    [Fact]
    public async Task A_token_whose_signature_was_stripped_is_refused()
    {
        var email = $"stripped-{Guid.NewGuid():N}@example.com";
        var parts = SsoTokens.Create(SsoTokens.ValidClaims(email)).Split('.');

        await AssertRefusedAsync(await GetSsoAsync($"{parts[0]}.{parts[1]}."), "The sign-in token", email);
    }

    [Fact]
    public async Task A_token_with_an_edited_header_is_refused_for_its_signature()
    {
        var email = $"header-{Guid.NewGuid():N}@example.com";
        var parts = SsoTokens.Create(SsoTokens.ValidClaims(email)).Split('.');
        var editedHeader = Base64Url("""{"alg":"HS256","typ":"JWT","kid":"../../../../dev/null"}""");

        await AssertRefusedAsync(await GetSsoAsync($"{editedHeader}.{parts[1]}.{parts[2]}"), "signature is not valid", email);
    }

    [Fact]
    public async Task A_token_made_now_but_dated_for_later_is_refused()
    {
        var email = $"later-{Guid.NewGuid():N}@example.com";
        var claims = SsoTokens.ValidClaims(email);
        var later = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        claims["iat"] = later;
        claims["exp"] = later + 300;

        await AssertRefusedAsync(await GetSsoAsync(SsoTokens.Create(claims)), "not valid yet", email);
    }

    [Fact]
    public async Task A_refused_replay_does_not_sign_out_or_change_the_account_it_names()
    {
        var claims = SsoTokens.ValidClaims("bob@example.com", "Bob Customer");
        var token = SsoTokens.Create(claims);
        Assert.Equal(HttpStatusCode.Found, (await GetSsoAsync(token)).StatusCode);
        var renamed = SsoTokens.ValidClaims("bob@example.com", "Mallory");
        renamed["jti"] = claims["jti"];

        await AssertRefusedAsync(await GetSsoAsync(SsoTokens.Create(renamed)), "already been used", unknownEmail: null);

        Assert.Equal("Bob Customer", (await portal.FindAccountAsync("bob@example.com"))!.DisplayName);
    }

    private Task<HttpResponseMessage> GetSsoAsync(string token) =>
        PortalBrowser.For(portal).Client.GetAsync($"/account/sso?jwt={Uri.EscapeDataString(token)}&return_to=%2Faccount%2Fprofile");

    private async Task AssertRefusedAsync(HttpResponseMessage response, string reason, string? unknownEmail)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(SetsAccountCookie(response), "A refused token set the sign-in cookie.");
        Assert.Contains(reason, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        if (unknownEmail is not null)
        {
            Assert.Null(await portal.FindAccountAsync(unknownEmail));
        }
    }

    private static bool SetsAccountCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith(".SupportPortal.Account=", StringComparison.Ordinal));

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
