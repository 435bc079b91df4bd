using System.Net;
using System.Net.Sockets;
using SupportPortal.Simulators.KayakoClassic;
using SupportPortal.Tests.Shared;

namespace SupportPortal.Web.Tests.KayakoClassic;

/// <summary>
/// The portal on a Kayako Classic that refuses its credentials, does not listen, or answers with something that is
/// not Kayako's XML: every page says in a sentence that the support system can't be used, /readyz answers 503, and
/// the portal keeps running. Each test starts a simulator and a portal of its own.
/// </summary>
public sealed class KayakoClassicTroubleTests : IAsyncLifetime
{
    private const string NotAnswering = "Our support system isn't answering right now. Please try again in a few minutes.";
    private const string SetupProblem = "The portal can't reach our support system because of a setup problem on our side. Please try again later.";

    private KayakoClassicSimulator simulator = null!;

    public async Task InitializeAsync() => simulator = await KayakoClassicSimulator.StartAsync();

    public async Task DisposeAsync() => await simulator.DisposeAsync();

    [Fact]
    public async Task With_the_right_key_and_secret_the_portal_is_ready_and_shows_kayakos_knowledge_base()
    {
        await using var portal = new KayakoClassicPortalFactory(simulator.BaseUrl, simulator.ApiKey, simulator.SecretKey);
        var client = portal.CreateClient();

        var readiness = await client.GetAsync("/readyz");
        var topics = WebUtility.HtmlDecode(await client.GetStringAsync("/kb"));

        Assert.Equal(HttpStatusCode.OK, readiness.StatusCode);
        Assert.Contains("Getting Started", topics);
        Assert.True(simulator.Requests["GET /Knowledgebase/Category"] > 0, "The portal did not ask Kayako for its categories.");
    }

    [Fact]
    public async Task A_kayako_that_stops_answering_after_a_good_start_makes_readyz_answer_503()
    {
        await using var portal = new KayakoClassicPortalFactory(simulator.BaseUrl, simulator.ApiKey, simulator.SecretKey);
        var client = portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        await client.GetStringAsync("/kb"); // the adapter now holds departments and the knowledge base in its cache

        simulator.Down = true;
        var readiness = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
    }

    [Fact]
    public async Task A_wrong_api_key_shows_the_setup_problem_page_and_readyz_reports_it()
    {
        await using var portal = new KayakoClassicPortalFactory(simulator.BaseUrl, "not-the-api-key", simulator.SecretKey);

        await AssertSupportSystemUnusableAsync(portal, SetupProblem);
    }

    [Fact]
    public async Task A_wrong_secret_key_shows_the_setup_problem_page_and_readyz_reports_it()
    {
        await using var portal = new KayakoClassicPortalFactory(simulator.BaseUrl, simulator.ApiKey, "not-the-secret-key");

        await AssertSupportSystemUnusableAsync(portal, SetupProblem);
    }

    [Fact]
    public async Task A_host_that_does_not_listen_shows_the_unavailable_page_and_readyz_reports_it()
    {
        var closedPort = ClosedLoopbackPort();
        await using var portal = new KayakoClassicPortalFactory(
            new Uri($"http://127.0.0.1:{closedPort}/api/index.php"), simulator.ApiKey, simulator.SecretKey);

        await AssertSupportSystemUnusableAsync(portal, NotAnswering);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?><departments><department><id>1</id><title>General Sup")]
    [InlineData("<html><body><b>Fatal error</b>: Allowed memory size exhausted in <b>/var/www/api/index.php</b></body></html>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE kayako [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><departments>&secret;</departments>")]
    [InlineData("")]
    public async Task A_reply_that_is_not_kayakos_xml_shows_the_unavailable_page_and_readyz_reports_it(string body)
    {
        await using var kayako = await CannedKayako.StartAsync(body);
        await using var portal = new KayakoClassicPortalFactory(kayako.BaseUrl, simulator.ApiKey, simulator.SecretKey);

        var html = await AssertSupportSystemUnusableAsync(portal, NotAnswering);

        Assert.True(kayako.Paths.Count > 0, "The portal never asked the malformed Kayako.");
        Assert.DoesNotContain("root:", html);
    }

    /// <summary>The knowledge-base pages explain, /readyz answers 503, /healthz still 200; returns the pages' HTML.</summary>
    private static async Task<string> AssertSupportSystemUnusableAsync(PortalFactory portal, string sentence)
    {
        var client = portal.CreateClient();
        var pages = new List<string>();
        foreach (var (path, heading) in new[]
        {
            ("/", "We couldn't load the help topics"),
            ("/kb", "We couldn't load the help topics"),
            ("/kb/category/1", "We couldn't load this category"),
            ("/kb/article/1", "We couldn't load this article"),
        })
        {
            var response = await client.GetAsync(path);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{path} answered {(int)response.StatusCode}.");
            Assert.Contains(heading, html);
            Assert.Contains(sentence, html);
            Assert.Contains("role=\"alert\"", html);
            Assert.DoesNotContain("Exception", html);
            Assert.DoesNotContain("   at ", html);
            Assert.DoesNotContain("Something went wrong on our side", html);
            pages.Add(html);
        }

        var readiness = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);
        Assert.Equal("Unhealthy", await readiness.Content.ReadAsStringAsync());

        var liveness = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, liveness.StatusCode);
        return string.Concat(pages);
    }

    private static int ClosedLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
