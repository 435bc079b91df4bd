using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace SupportPortal.Web.Tests;

public sealed class ErrorPageTests(ErrorPageTests.FailingRouteFactory portal) : IClassFixture<ErrorPageTests.FailingRouteFactory>
{
    [Fact]
    public async Task Unknown_address_answers_404_with_a_page_that_links_home()
    {
        var response = await portal.CreateClient().GetAsync("/no/such/page");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We couldn't find that page", html);
        Assert.Contains("href=\"/\"", html);
        Assert.Contains($"<title>Page not found · {PortalFactory.PortalName}</title>", html);
    }

    [Fact]
    public async Task A_failure_inside_the_app_shows_a_friendly_page_without_a_stack_trace()
    {
        var response = await portal.CreateClient().GetAsync(FailingRouteFactory.FailingPath);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong on our side", html);
        Assert.Contains("href=\"/\"", html);
        Assert.DoesNotContain(FailingRouteFactory.SecretDetail, html);
        Assert.DoesNotContain("   at ", html);
    }

    [Fact]
    public async Task Error_pages_carry_the_security_headers()
    {
        var response = await portal.CreateClient().GetAsync(FailingRouteFactory.FailingPath);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    /// <summary>The portal plus one address that throws, behind everything Program sets up.</summary>
    public sealed class FailingRouteFactory : PortalFactory
    {
        public const string FailingPath = "/test-only/failure";
        public const string SecretDetail = "connection string with a password";

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddTransient<IStartupFilter, FailingRoute>();

        private sealed class FailingRoute : IStartupFilter
        {
            // Added after Program's pipeline, so only a request no endpoint claims reaches it, inside the error handling.
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Use((context, nextMiddleware) => context.Request.Path == FailingPath
                    ? throw new InvalidOperationException(SecretDetail)
                    : nextMiddleware(context));
            };
        }
    }
}
