using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests;

/// <summary>
/// A signed-in customer finds their name already in the comment form, and that page is theirs alone: the shared page
/// cache neither serves them an anonymous copy nor keeps their copy for others.
/// </summary>
public sealed class KbSignedInTests(KbSignedInTests.SignedInFactory portal) : IClassFixture<KbSignedInTests.SignedInFactory>
{
    private const string CustomerName = "Grace Signed-In";

    [Fact]
    public async Task Signed_in_customer_finds_their_name_prefilled_even_after_an_anonymous_visit_warmed_the_cache()
    {
        var id = await KbDemoData.ArticleIdAsync(portal.Services, KbDemoData.GettingStarted, "Creating your first project");
        var path = $"/kb/article/{id}";
        await portal.CreateClient().GetStringAsync(path);
        await portal.CreateClient().GetStringAsync(path);

        var html = await SignedInClient().GetStringAsync(path);

        Assert.Contains($"value=\"{CustomerName}\"", html);
    }

    [Fact]
    public async Task Anonymous_visitor_never_gets_the_signed_in_customers_copy_of_the_page()
    {
        var id = await KbDemoData.ArticleIdAsync(portal.Services, KbDemoData.GettingStarted, "System requirements");
        var path = $"/kb/article/{id}";
        await SignedInClient().GetStringAsync(path);

        var html = await portal.CreateClient().GetStringAsync(path);

        Assert.DoesNotContain(CustomerName, html);
    }

    private HttpClient SignedInClient()
    {
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add(TestCustomerHandler.Header, "grace@example.com");
        return client;
    }

    /// <summary>The portal with a test sign-in: a request carrying the header is the customer the accounts feature would issue.</summary>
    public sealed class SignedInFactory : PortalFactory
    {
        protected override void ConfigureServices(IServiceCollection services)
        {
            services.AddAuthentication(TestCustomerHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestCustomerHandler>(TestCustomerHandler.SchemeName, null);
            services.AddTransient<IStartupFilter, AuthenticationFirst>();
        }

        private sealed class AuthenticationFirst : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.UseAuthentication();
                next(app);
            };
        }
    }

    /// <summary>Signs in the customer named by the request's header, with the three claims of the agreed interface.</summary>
    public sealed class TestCustomerHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "TestCustomer";
        public const string Header = "X-Test-Customer";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (Request.Headers[Header].FirstOrDefault() is not { Length: > 0 } email)
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.Email, email), new Claim(ClaimTypes.Name, CustomerName), new Claim(CurrentCustomer.EmailConfirmedClaim, "true")],
                SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }
}
