using SupportPortal.Web.Tickets;

namespace SupportPortal.Web.Tests.Tickets;

public sealed class DownloadContentTypeTests
{
    [Theory]
    [InlineData("image/png", "image/png")]
    [InlineData("text/plain; charset=utf-8", "text/plain")]
    [InlineData("Application/PDF", "application/pdf")]
    public void Types_a_browser_cannot_run_are_kept(string backendType, string served)
    {
        Assert.Equal(served, DownloadContentType.For(backendType));
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/html; charset=utf-8")]
    [InlineData("image/svg+xml")]
    [InlineData("application/xhtml+xml")]
    [InlineData("text/xml")]
    [InlineData("application/javascript")]
    [InlineData("text/javascript")]
    [InlineData("multipart/x-mixed-replace")]
    [InlineData("not a type")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_that_could_run_on_the_portals_origin_becomes_a_plain_download(string? backendType)
    {
        Assert.Equal("application/octet-stream", DownloadContentType.For(backendType));
    }
}
