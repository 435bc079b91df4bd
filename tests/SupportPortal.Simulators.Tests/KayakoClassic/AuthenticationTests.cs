using System.Net;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

public sealed class AuthenticationTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private const string Route = "/Base/Department";

    private KayakoTestClient Client => fixture.Client;

    private string ApiKey => fixture.Simulator.ApiKey;

    [Fact]
    public async Task Request_signed_with_the_secret_key_is_answered_with_xml()
    {
        var response = await Client.GetAsync(Route);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/xml", response.ContentType);
        Assert.Equal("departments", response.Xml().Name.LocalName);
    }

    [Fact]
    public async Task Request_without_salt_is_refused_with_401_NO_SALT_PROVIDED()
    {
        var response = await Client.GetRawAsync($"e={Route}&apikey={ApiKey}&signature=abc");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("NO SALT PROVIDED!", response.Body);
    }

    [Fact]
    public async Task Request_without_any_credentials_is_refused_as_saltless()
    {
        var response = await Client.GetRawAsync($"e={Route}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("NO SALT PROVIDED!", response.Body);
    }

    [Fact]
    public async Task Wrong_signature_is_refused_with_401_FAILED_TO_AUTHENTICATE()
    {
        var response = await Client.GetRawAsync($"e={Route}&apikey={ApiKey}&salt=abc&signature=" + Uri.EscapeDataString(KayakoTestClient.Sign("another salt", fixture.Simulator.SecretKey)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("FAILED TO AUTHENTICATE", response.Body);
        Assert.StartsWith("text/html", response.ContentType);
    }

    [Fact]
    public async Task Signature_made_with_another_secret_is_refused()
    {
        var salt = KayakoTestClient.NewSalt();
        var signature = KayakoTestClient.Sign(salt, "not the secret");

        var response = await Client.GetRawAsync($"e={Route}&apikey={ApiKey}&salt={salt}&signature={Uri.EscapeDataString(signature)}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("FAILED TO AUTHENTICATE", response.Body);
    }

    [Fact]
    public async Task Valid_signature_with_another_api_key_is_refused()
    {
        var salt = KayakoTestClient.NewSalt();
        var signature = KayakoTestClient.Sign(salt, fixture.Simulator.SecretKey);

        var response = await Client.GetRawAsync($"e={Route}&apikey=someone-else&salt={salt}&signature={Uri.EscapeDataString(signature)}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task Salt_without_signature_is_refused()
    {
        var response = await Client.GetRawAsync($"e={Route}&apikey={ApiKey}&salt=abc");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("FAILED TO AUTHENTICATE", response.Body);
    }

    [Fact]
    public async Task POST_with_credentials_in_the_form_body_is_accepted()
    {
        var response = await Client.PostAsync("/Base/UserSearch", ("query", "alice@example.com"));

        Assert.Equal("Alice Customer", Assert.Single(response.Xml().Elements("user")).Value("fullname"));
    }

    [Fact]
    public async Task POST_with_credentials_only_in_the_query_is_refused_because_POST_reads_the_body()
    {
        var response = await Client.PostRawAsync("e=/Base/UserSearch&" + KayakoTestClient.Query(Client.Credentials()), [("query", "alice")]);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("NO SALT PROVIDED!", response.Body);
    }

    [Fact]
    public async Task Signature_whose_plus_signs_arrive_as_spaces_is_still_accepted()
    {
        var (salt, signature) = Enumerable.Range(0, 500)
            .Select(i => ("salt" + i, KayakoTestClient.Sign("salt" + i, fixture.Simulator.SecretKey)))
            .First(pair => pair.Item2.Contains('+'));

        // Not URL-encoded: the query parser turns "+" into a space, which Kayako turns back.
        var response = await Client.GetRawAsync($"e={Route}&apikey={ApiKey}&salt={salt}&signature={signature.Replace("=", "%3D")}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Standard_url_type_with_the_route_as_first_query_key_works()
    {
        var response = await Client.GetRawAsync($"{Route}&" + KayakoTestClient.Query(Client.Credentials()));

        Assert.Equal("departments", response.Xml().Name.LocalName);
    }

    [Fact]
    public async Task Unknown_controller_is_404()
    {
        var response = await Client.GetAsync("/Tickets/NoSuchThing");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
    }
}
