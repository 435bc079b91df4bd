using SupportPortal.Tests.Shared;

namespace SupportPortal.Reliability.Tests.Attacks;

/// <summary>
/// A "Kayako" that answers every REST call with the XML a test chooses, as a compromised or impersonated helpdesk
/// would. It also serves an external DTD at <see cref="DtdUrl"/>, so a test can tell whether a parser went out to
/// fetch it (it must not).
/// </summary>
public sealed class HostileKayako : IAsyncDisposable
{
    private const string DtdPath = "/evil.dtd";

    private readonly CannedKayako kayako;

    private HostileKayako(CannedKayako kayako)
    {
        this.kayako = kayako;
        // Were it fetched and parsed, this would pull the secret file into the document.
        DtdUrl = kayako.Answer(DtdPath, "<!ENTITY stolen SYSTEM \"file:///etc/hostname\">");
    }

    /// <summary>What every REST call is answered with (HTTP 200, text/xml).</summary>
    public string Reply
    {
        get => kayako.Reply;
        set => kayako.Reply = value;
    }

    /// <summary>The Kayako REST address to configure the adapter with.</summary>
    public Uri BaseUrl => kayako.BaseUrl;

    public Uri DtdUrl { get; }

    /// <summary>How many times anything fetched the external DTD.</summary>
    public int DtdFetches => kayako.Paths.Count(path => path == DtdPath);

    /// <summary>How many REST calls were answered with <see cref="Reply"/>.</summary>
    public int RestCalls => kayako.Paths.Count(path => path != DtdPath);

    public static async Task<HostileKayako> StartAsync() => new(await CannedKayako.StartAsync("<departments />"));

    public ValueTask DisposeAsync() => kayako.DisposeAsync();
}
