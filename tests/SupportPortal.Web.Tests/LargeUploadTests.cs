using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Web.Tickets.Uploads;

namespace SupportPortal.Web.Tests;

/// <summary>
/// A 100 MB file through POST /uploads on a real Kestrel, whose request-size limits (the portal's global ones and the
/// endpoint's own) apply there and not in the in-memory test server.
/// </summary>
public sealed class LargeUploadTests(LargeUploadTests.KestrelPortal portal) : IClassFixture<LargeUploadTests.KestrelPortal>
{
    private const long HundredMegabytes = 100L * 1024 * 1024;

    [Fact]
    public async Task A_100_MB_file_is_accepted_when_Portal_Uploads_allows_100_MB()
    {
        using var customer = await CustomerClient.SignInAsync(portal, $"alice-{Guid.NewGuid():N}@example.com", portal.BaseAddress);
        var path = Path.Combine(portal.UploadFolder, "..", $"big-{Guid.NewGuid():N}.zip");
        try
        {
            // Sparse: 100 MB of zeros without writing them, read from disk as the request goes out.
            await using (var file = File.Create(path))
            {
                file.SetLength(HundredMegabytes);
            }

            await using var content = File.OpenRead(path);
            using var form = new MultipartFormDataContent { { new StreamContent(content), "file", "big.zip" } };
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/uploads?batch={customer.Batch}") { Content = form };
            request.Headers.Add("RequestVerificationToken", customer.RequestToken);

            using var response = await customer.Http.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var uploaded = Assert.Single((await response.Content.ReadFromJsonAsync<UploadReceipt>())!.Files);
            Assert.Equal(HundredMegabytes, uploaded.Size);
            Assert.Equal(HundredMegabytes, new FileInfo(Path.Combine(portal.UploadFolder, uploaded.Token + ".upload")).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The upload portal on Kestrel with Portal:Uploads:MaxFileBytes at 100 MB.</summary>
    public sealed class KestrelPortal : UploadPortalFactory
    {
        public KestrelPortal()
        {
            UseKestrel(0);
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            BaseAddress = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }

        public Uri BaseAddress { get; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:Uploads:MaxFileBytes", HundredMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
