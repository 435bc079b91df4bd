namespace SupportPortal.Web.Tests.Embedding;

/// <summary>Who may frame the portal: exactly the allowed origins and the portal itself, nobody when none are set.</summary>
public sealed class FramingTests(EmbeddingFactory embedding) : IClassFixture<EmbeddingFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/embed/")]
    [InlineData("/embed/kb")]
    public async Task Frame_ancestors_list_exactly_the_allowed_origins_and_self(string url)
    {
        var response = await embedding.CreateClient().GetAsync(url);

        Assert.Equal(
            $"frame-ancestors 'self' {EmbeddingFactory.ShopOrigin} {EmbeddingFactory.DevOrigin}",
            FrameAncestors(response));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task Without_allowed_origins_no_other_site_may_frame_the_portal()
    {
        await using var plain = new PortalFactory();

        var response = await plain.CreateClient().GetAsync("/embed/");

        Assert.Equal("frame-ancestors 'self'", FrameAncestors(response));
        Assert.Equal("SAMEORIGIN", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    private static string FrameAncestors(HttpResponseMessage response) =>
        Assert.Single(
            Assert.Single(response.Headers.GetValues("Content-Security-Policy")).Split(';', StringSplitOptions.TrimEntries),
            directive => directive.StartsWith("frame-ancestors", StringComparison.Ordinal));
}
