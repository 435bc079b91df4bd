using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Web.Accounts.Data;

namespace SupportPortal.Web.Tests.Accounts;

/// <summary>GET or POST /account/sso with a host site's HS256 token.</summary>
public sealed class SsoTests(AccountsFactory portal) : IClassFixture<AccountsFactory>
{
    [Fact]
    public async Task A_valid_token_creates_a_confirmed_account_signs_the_customer_in_and_goes_to_return_to()
    {
        var email = $"sso-{Guid.NewGuid():N}@example.com";
        var browser = PortalBrowser.For(portal);

        var response = await browser.Client.GetAsync($"/account/sso?jwt={SsoTokens.Create(SsoTokens.ValidClaims(email, "Sam Sso"))}&return_to=%2Faccount%2Fprofile%3Ftab%3D1");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/account/profile?tab=1", PortalBrowser.RedirectTarget(response));
        var account = await portal.FindAccountAsync(email);
        Assert.True(account!.EmailConfirmed);
        Assert.Equal("Sam Sso", account.DisplayName);
        var profile = await browser.GetDocumentAsync("/account/profile");
        Assert.Contains($"Your address is {email}", PortalBrowser.Text(profile));
    }

    [Fact]
    public async Task A_token_made_with_Microsoft_IdentityModel_as_the_README_shows_signs_in()
    {
        var email = $"library-{Guid.NewGuid():N}@example.com";
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object> { ["email"] = email, ["name"] = "Libby Library", ["jti"] = Guid.NewGuid().ToString("N") },
            IssuedAt = DateTime.UtcNow,
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(
                new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(AccountsFactory.SsoSecret)),
                Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
        });

        var response = await PortalBrowser.For(portal).Client.GetAsync($"/account/sso?jwt={token}&return_to=%2Ftickets");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/tickets", PortalBrowser.RedirectTarget(response));
        Assert.Equal("Libby Library", (await portal.FindAccountAsync(email))!.DisplayName);
    }

    [Fact]
    public async Task A_token_can_be_posted_as_a_form_and_signs_in_an_existing_account()
    {
        var browser = PortalBrowser.For(portal);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["jwt"] = SsoTokens.Create(SsoTokens.ValidClaims("bob@example.com", "Bob Customer")),
            ["return_to"] = "/kb",
        });

        var response = await browser.Client.PostAsync("/account/sso", form);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/kb", PortalBrowser.RedirectTarget(response));
        var home = await browser.GetDocumentAsync("/");
        Assert.Contains("Bob Customer", home.QuerySelector("a[href='/account/profile']")?.TextContent);
    }

    [Fact]
    public async Task A_token_is_accepted_only_once()
    {
        var token = SsoTokens.Create(SsoTokens.ValidClaims($"once-{Guid.NewGuid():N}@example.com"));

        var first = await PortalBrowser.For(portal).Client.GetAsync($"/account/sso?jwt={token}");
        var second = await PortalBrowser.For(portal).Client.GetAsync($"/account/sso?jwt={token}");

        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        await AssertRefusedAsync(second, "This sign-in token has already been used");
    }

    [Fact]
    public async Task Used_token_ids_are_kept_until_their_token_expires_and_then_purged()
    {
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<PortalAccountsDbContext>();
            store.UsedSsoTokens.Add(new UsedSsoToken { Jti = "long-expired", ExpiresAt = DateTimeOffset.UtcNow.AddHours(-1) });
            await store.SaveChangesAsync();
        }

        var claims = SsoTokens.ValidClaims($"purge-{Guid.NewGuid():N}@example.com");
        await PortalBrowser.For(portal).Client.GetAsync($"/account/sso?jwt={SsoTokens.Create(claims)}");

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var kept = await scope.ServiceProvider.GetRequiredService<PortalAccountsDbContext>().UsedSsoTokens.ToListAsync();
            Assert.DoesNotContain(kept, t => t.Jti == "long-expired");
            var used = Assert.Single(kept, t => t.Jti == (string)claims["jti"]);
            Assert.True(used.ExpiresAt >= DateTimeOffset.FromUnixTimeSeconds((long)claims["exp"]));
        }
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_401_saying_it_expired()
    {
        var claims = SsoTokens.ValidClaims("alice@example.com");
        var longAgo = DateTimeOffset.UtcNow.AddMinutes(-30).ToUnixTimeSeconds();
        claims["iat"] = longAgo;
        claims["exp"] = longAgo + 300;

        await AssertRefusedAsync(await GetSsoAsync(SsoTokens.Create(claims)), "The sign-in token has expired.");
    }

    [Fact]
    public async Task A_token_signed_with_another_secret_is_refused_for_its_signature()
    {
        var token = SsoTokens.Create(SsoTokens.ValidClaims("alice@example.com"), secret: "somebody-elses-secret-which-is-long-enough-too");

        await AssertRefusedAsync(await GetSsoAsync(token), "signature is not valid");
    }

    [Fact]
    public async Task A_token_with_an_edited_payload_is_refused_for_its_signature()
    {
        var parts = SsoTokens.Create(SsoTokens.ValidClaims("bob@example.com")).Split('.');
        var alicesPayload = SsoTokens.Create(SsoTokens.ValidClaims("alice@example.com")).Split('.')[1];

        await AssertRefusedAsync(await GetSsoAsync($"{parts[0]}.{alicesPayload}.{parts[2]}"), "signature is not valid");
    }

    [Fact]
    public async Task A_token_signed_with_another_algorithm_is_refused()
    {
        var token = SsoTokens.Create(SsoTokens.ValidClaims("alice@example.com"), algorithm: "HS512");

        var response = await GetSsoAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await portal.FindAccountAsync("never-created@example.com"));
    }

    [Fact]
    public async Task An_unsigned_token_is_refused()
    {
        var parts = SsoTokens.Create(SsoTokens.ValidClaims("alice@example.com"), algorithm: "none").Split('.');

        await AssertRefusedAsync(await GetSsoAsync($"{parts[0]}.{parts[1]}."), "The sign-in token");
    }

    [Theory]
    [InlineData("email")]
    [InlineData("name")]
    [InlineData("iat")]
    [InlineData("exp")]
    [InlineData("jti")]
    public async Task A_token_without_a_required_claim_is_refused_naming_the_claim(string claim)
    {
        var claims = SsoTokens.ValidClaims($"missing-{claim}-{Guid.NewGuid():N}@example.com");
        claims.Remove(claim);

        await AssertRefusedAsync(await GetSsoAsync(SsoTokens.Create(claims)), $"The sign-in token lacks the required claim {claim}.");
    }

    [Fact]
    public async Task A_token_whose_iat_and_exp_are_more_than_10_minutes_apart_is_refused()
    {
        var claims = SsoTokens.ValidClaims("alice@example.com");
        claims["exp"] = (long)claims["iat"] + 601;

        await AssertRefusedAsync(await GetSsoAsync(SsoTokens.Create(claims)), "at most 10 minutes apart");
    }

    [Fact]
    public async Task A_token_with_an_email_that_is_not_an_address_is_refused()
    {
        await AssertRefusedAsync(await GetSsoAsync(SsoTokens.Create(SsoTokens.ValidClaims("not an address"))), "is not a valid e-mail address");
    }

    [Fact]
    public async Task No_token_at_all_is_refused_saying_so()
    {
        await AssertRefusedAsync(await PortalBrowser.For(portal).Client.GetAsync("/account/sso"), "The sign-in link carried no token");
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    [InlineData("http:/evil.example")]
    [InlineData("/\t/evil.example")]
    public async Task A_return_to_outside_the_portal_goes_home_instead(string returnTo)
    {
        var token = SsoTokens.Create(SsoTokens.ValidClaims($"redirect-{Guid.NewGuid():N}@example.com"));

        var response = await PortalBrowser.For(portal).Client.GetAsync($"/account/sso?jwt={token}&return_to={Uri.EscapeDataString(returnTo)}");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/", PortalBrowser.RedirectTarget(response));
    }

    private Task<HttpResponseMessage> GetSsoAsync(string token) =>
        PortalBrowser.For(portal).Client.GetAsync($"/account/sso?jwt={Uri.EscapeDataString(token)}&return_to=%2Faccount%2Fprofile");

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".SupportPortal.Account=", StringComparison.Ordinal)));
        var html = await response.Content.ReadAsStringAsync();
        var page = PortalBrowser.Text(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html));
        Assert.Contains("We couldn't sign you in", page);
        Assert.Contains(reason, page);
        Assert.Contains($"<title>Single sign-on failed · {PortalFactory.PortalName}</title>", System.Net.WebUtility.HtmlDecode(html));
        Assert.DoesNotContain("   at ", html);
        Assert.DoesNotContain("Exception", html);
    }
}
