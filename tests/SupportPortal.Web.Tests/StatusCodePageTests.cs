using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SupportPortal.Web.Tests;

/// <summary>
/// The "page not found" page is re-executed for bodiless errors of reads only: a POST re-executed to a page would arrive
/// there as a form submission without a token and fail on antiforgery, turning an upload's 401/405 into a server error.
/// </summary>
public sealed class StatusCodePageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Missing_page_read_with_get_shows_the_not_found_page()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("id=\"not-found-heading\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("POST", "/uploads/some-token", HttpStatusCode.MethodNotAllowed)]
    [InlineData("DELETE", "/uploads", HttpStatusCode.MethodNotAllowed)]
    public async Task Bodiless_error_of_a_write_keeps_its_status_and_is_not_re_executed_as_a_page(string method, string path, HttpStatusCode expected)
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "note.txt" } },
        };

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Anonymous_script_upload_gets_a_plain_401_not_a_page_or_a_server_error()
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/uploads?batch={Guid.NewGuid():N}")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "note.txt" } },
        };

        // As the attachment picker sends it: the cookie handler then answers 401 instead of redirecting to sign in.
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
