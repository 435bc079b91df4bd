using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;

namespace SupportPortal.Reliability.Tests.Attacks;

/// <summary>
/// XML external entities, entity bombs, DTDs and broken XML from the helpdesk, through the Kayako Classic adapter:
/// every such reply is refused as <see cref="HelpdeskError.BadGateway"/>, nothing is read from disk or fetched,
/// and the customer is told the support system is unavailable.
/// </summary>
public sealed class HostileHelpdeskXmlTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-hostile-xml-").FullName;
    private readonly string secret = $"TOP-SECRET-{Guid.NewGuid():N}";
    private HostileKayako kayako = null!;

    private string SecretFile => Path.Combine(folder, "secret.txt");

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(SecretFile, secret);
        kayako = await HostileKayako.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await kayako.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    public static TheoryData<string> Payloads => HostileXml.Names;

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Hostile_reply_is_refused_as_bad_gateway_without_reading_files_or_fetching_dtds(string payload)
    {
        kayako.Reply = HostileXml.Build(payload, SecretFile, kayako.DtdUrl);
        await using var services = Adapter();
        var helpdesk = services.GetRequiredService<IHelpdesk>();

        // Lists, single documents and a customer's ticket: the adapter's different ways of reading a reply.
        Func<Task>[] calls =
        [
            () => helpdesk.GetDepartmentsAsync(),
            () => helpdesk.GetKnowledgeBaseCategoriesAsync(0),
            () => helpdesk.GetKnowledgeBaseArticleAsync(1),
            () => helpdesk.GetSubmittedTicketAsync("alice@example.com", 1),
        ];
        foreach (var call in calls)
        {
            var refusal = await Assert.ThrowsAsync<HelpdeskException>(call);

            Assert.Equal(HelpdeskError.BadGateway, refusal.Error);
            Assert.DoesNotContain(secret, Describe(refusal), StringComparison.Ordinal);
        }

        Assert.True(kayako.RestCalls >= calls.Length, "The hostile helpdesk was not asked at all.");
        Assert.Equal(0, kayako.DtdFetches);
    }

    [Theory]
    [InlineData("external-file-entity")]
    [InlineData("billion-laughs")]
    [InlineData("not-xml")]
    public async Task Portal_page_says_the_support_system_is_unavailable_and_shows_nothing_of_the_reply(string payload)
    {
        kayako.Reply = HostileXml.Build(payload, SecretFile, kayako.DtdUrl);
        await using var portal = new PortalOnHostileKayako(kayako.BaseUrl, folder);

        var response = await portal.CreateClient().GetAsync("/");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Our support system isn't answering right now.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", html, StringComparison.Ordinal);
        Assert.DoesNotContain("nginx", html, StringComparison.Ordinal);
        Assert.Equal(0, kayako.DtdFetches);
    }

    private ServiceProvider Adapter() =>
        new ServiceCollection()
            .AddLogging()
            .AddKayakoClassicHelpdesk(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Helpdesk:KayakoClassic:BaseUrl"] = kayako.BaseUrl.ToString(),
                ["Helpdesk:KayakoClassic:ApiKey"] = "api-key",
                ["Helpdesk:KayakoClassic:SecretKey"] = "secret-key",
                ["Helpdesk:KayakoClassic:VotesFile"] = Path.Combine(folder, "article-votes.json"),
            }).Build())
            .BuildServiceProvider();

    private static string Describe(Exception exception) =>
        exception.InnerException is { } inner ? $"{exception.Message} {Describe(inner)}" : exception.Message;

    /// <summary>The portal as an operator runs it, on the hostile "Kayako".</summary>
    private sealed class PortalOnHostileKayako(Uri baseUrl, string folder) : HardenedPortal
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Helpdesk:Provider"] = "KayakoClassic",
            ["Helpdesk:KayakoClassic:BaseUrl"] = baseUrl.ToString(),
            ["Helpdesk:KayakoClassic:ApiKey"] = "api-key",
            ["Helpdesk:KayakoClassic:SecretKey"] = "secret-key",
            ["Helpdesk:KayakoClassic:VotesFile"] = Path.Combine(folder, "portal-article-votes.json"),
        };
    }
}
