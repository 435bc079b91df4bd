using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SupportPortal.Web.Tickets.Uploads;

namespace SupportPortal.Web.Tests;

/// <summary>
/// A browser-like client for one signed-in customer: it loads the new-ticket page, keeps the antiforgery cookie and
/// the request token the page renders, and sends files as the attachment picker's script does.
/// </summary>
public sealed partial class CustomerClient : IDisposable
{
    private CustomerClient(HttpClient http, string requestToken)
    {
        Http = http;
        RequestToken = requestToken;
    }

    public HttpClient Http { get; }

    public string RequestToken { get; }

    /// <summary>The picker's form: uploads in one batch count towards one form's limit.</summary>
    public string Batch { get; set; } = Guid.NewGuid().ToString("N");

    /// <param name="baseAddress">Where the portal listens when it runs on Kestrel; the in-memory test server otherwise.</param>
    public static async Task<CustomerClient> SignInAsync(UploadPortalFactory portal, string email, Uri? baseAddress = null)
    {
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false };
        if (baseAddress is not null)
        {
            options.BaseAddress = baseAddress;
        }

        var http = portal.CreateClient(options);
        http.DefaultRequestHeaders.Add(TestCustomerAuthentication.Header, email);
        var page = await http.GetStringAsync("/tickets/new");
        var token = RequestTokenField().Match(page);
        Assert.True(token.Success, "The new-ticket page renders an antiforgery request token for its uploads.");
        return new CustomerClient(http, token.Groups[1].Value);
    }

    public Task<HttpResponseMessage> UploadAsync(string fileName, byte[] content, bool withToken = true) =>
        UploadAsync([(fileName, content)], withToken);

    public async Task<HttpResponseMessage> UploadAsync(IEnumerable<(string FileName, byte[] Content)> files, bool withToken = true)
    {
        var form = new MultipartFormDataContent();
        foreach (var (fileName, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
            form.Add(part, "file", fileName);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/uploads?batch={Batch}") { Content = form };
        if (withToken)
        {
            request.Headers.Add("RequestVerificationToken", RequestToken);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Uploads a file that must be accepted and returns what the server says of it.</summary>
    public async Task<UploadedFile> UploadAcceptedAsync(string fileName, byte[] content)
    {
        using var response = await UploadAsync(fileName, content);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<UploadReceipt>();
        return Assert.Single(receipt!.Files);
    }

    public async Task<HttpResponseMessage> DeleteAsync(string uploadToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/uploads/{uploadToken}");
        request.Headers.Add("RequestVerificationToken", RequestToken);
        return await Http.SendAsync(request);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex RequestTokenField();
}
