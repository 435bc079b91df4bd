using System.Text;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests.KnowledgeBase;

/// <summary>The per-visitor token lands in every slot, however the page's bytes are split into writes.</summary>
public sealed class TokenSlotFillingStreamTests
{
    private const string Placeholder = "form-token-slot-abc123";

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(1000)]
    public async Task Every_placeholder_is_replaced_whatever_the_write_sizes(int chunkSize)
    {
        var page = $"<form><input value=\"{Placeholder}\"></form><p>form-token-slot-ab</p><form><input value=\"{Placeholder}\"></form>";
        var output = new MemoryStream();
        var stream = new TokenSlotFillingStream(output, Encoding.UTF8.GetBytes(Placeholder), Encoding.UTF8.GetBytes("TOKEN"));

        var bytes = Encoding.UTF8.GetBytes(page);
        for (var i = 0; i < bytes.Length; i += chunkSize)
        {
            await stream.WriteAsync(bytes.AsMemory(i, Math.Min(chunkSize, bytes.Length - i)));
            await stream.FlushAsync();
        }

        await stream.WriteHeldBytesAsync(default);

        Assert.Equal(page.Replace(Placeholder, "TOKEN", StringComparison.Ordinal), Encoding.UTF8.GetString(output.ToArray()));
    }
}
