using System.Net;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SupportPortal.Web.Tests.Accounts;

namespace SupportPortal.Web.Tests.Embedding;

/// <summary>The README's "Embed on your site" token example, run as written, signs a customer in to the panel.</summary>
public sealed class ReadmeTokenTests(EmbeddingFactory embedding) : IClassFixture<EmbeddingFactory>
{
    [Fact]
    public async Task Token_made_as_the_readme_shows_signs_the_customer_in_to_the_panel()
    {
        var sharedSecret = AccountsFactory.SsoSecret;
        var user = (Email: $"readme-{Guid.NewGuid():N}@example.com", Name: "Rita Readme");

        // As in README.md:
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object> { ["email"] = user.Email, ["name"] = user.Name, ["jti"] = Guid.NewGuid().ToString("N") },
            IssuedAt = DateTime.UtcNow,
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(sharedSecret)), SecurityAlgorithms.HmacSha256),
        });

        // The portal's cookies are Secure once embedding is on, so the client speaks HTTPS to keep them.
        var client = embedding.CreateClient(new() { BaseAddress = new Uri("https://localhost/") });
        var response = await client.PostAsync("/embed/account/sso", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["jwt"] = token,
            ["return_to"] = "/embed/kb",
        }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/embed/kb", response.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Contains("data-signed-in-name=\"Rita Readme\"", html);
    }
}
