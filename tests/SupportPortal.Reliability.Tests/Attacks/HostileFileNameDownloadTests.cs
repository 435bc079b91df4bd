using System.Net;
using System.Net.Http.Headers;

namespace SupportPortal.Reliability.Tests.Attacks;

/// <summary>
/// An attachment whose stored name is hostile downloads under a Content-Disposition that stays one well-formed
/// header: always "attachment", nothing that ends the header or adds another, and the name kept as far as it is safe.
/// </summary>
[Collection(StoredXssCollection.Name)]
public sealed class HostileFileNameDownloadTests(StoredXssPortal portal)
{
    [Theory]
    [MemberData(nameof(XssCorpus.Payloads), MemberType = typeof(XssCorpus))]
    public async Task A_markup_file_name_downloads_as_an_attachment_with_an_encoded_name(string payload)
    {
        var corpus = await portal.CorpusAsync();
        var planted = corpus.Tickets[payload];

        using var response = await corpus.Alice.Client.GetAsync($"/tickets/{planted.Id}/attachments/{planted.NamedAttachmentId}");

        var disposition = AssertSafeDownload(response);
        // The name loses at most its folders and quotes: whatever remains is the tail of what was stored.
        Assert.EndsWith(FileNameOf(disposition), payload.Replace('"', '\''), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_name_with_line_breaks_cannot_add_response_headers()
    {
        var corpus = await portal.CorpusAsync();
        var attachment = corpus.HeaderSplittingAttachment;

        using var response = await corpus.Alice.Client.GetAsync($"/tickets/{attachment.TicketId}/attachments/{attachment.AttachmentId}");

        var disposition = AssertSafeDownload(response);
        Assert.False(response.Headers.Contains("X-Injected"), "The file name added a response header of its own.");
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.Contains("pwned", StringComparison.Ordinal)),
            "The file name set a cookie.");
        Assert.StartsWith("report", FileNameOf(disposition), StringComparison.Ordinal);
        Assert.EndsWith(".txt", FileNameOf(disposition), StringComparison.Ordinal);
    }

    private static ContentDispositionHeaderValue AssertSafeDownload(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));

        var raw = Assert.Single(response.Content.Headers.GetValues("Content-Disposition"));
        Assert.True(raw.All(c => c is >= ' ' and <= '~'), $"Content-Disposition holds only printable ASCII: {raw}");
        foreach (var header in response.Headers.Concat(response.Content.Headers).SelectMany(h => h.Value))
        {
            Assert.DoesNotContain('\r', header);
            Assert.DoesNotContain('\n', header);
        }

        var disposition = ContentDispositionHeaderValue.Parse(raw);
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(2, disposition.Parameters.Count);
        var name = FileNameOf(disposition);
        Assert.False(string.IsNullOrWhiteSpace(name));
        Assert.DoesNotContain(name, c => char.IsControl(c) || c is '/' or '\\' or '"');
        return disposition;
    }

    /// <summary>The name a browser saves under: the UTF-8 <c>filename*</c>, which wins over the ASCII <c>filename</c>.</summary>
    private static string FileNameOf(ContentDispositionHeaderValue disposition) =>
        disposition.FileNameStar ?? throw new Xunit.Sdk.XunitException("Content-Disposition carries no filename*.");
}
