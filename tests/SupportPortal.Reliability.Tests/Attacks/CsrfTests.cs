using System.Net;

namespace SupportPortal.Reliability.Tests.Attacks;

/// <summary>A cross-site form post carries the victim's cookies but not the antiforgery token: it must be refused.</summary>
public sealed class CsrfTests(HardenedPortal portal) : IClassFixture<HardenedPortal>
{
    [Theory]
    [InlineData("/account/logout")]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    [InlineData("/kb/article/1")]
    public async Task A_form_post_without_the_antiforgery_token_is_refused(string path)
    {
        var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "alice@example.com",
            ["Input.Password"] = "Demo-pass-1",
            ["_handler"] = "comment",
            ["Comment.Name"] = "Mallory",
            ["Comment.Body"] = "posted from another site",
        });

        var response = await client.PostAsync(path, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
