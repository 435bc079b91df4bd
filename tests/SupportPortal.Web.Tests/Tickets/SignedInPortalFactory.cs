using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Web.Tickets;

namespace SupportPortal.Web.Tests.Tickets;

/// <summary>
/// The portal on the demo data, where a test chooses who is signed in per client: alice, bob, or nobody.
/// </summary>
public class SignedInPortalFactory : PortalFactory
{
    public const string Alice = "alice@example.com";
    public const string Bob = "bob@example.com";

    /// <summary>A client that does not follow redirects, signed in as <paramref name="email"/> (anonymous when null).</summary>
    public HttpClient ClientFor(string? email)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (email is not null)
        {
            client.DefaultRequestHeaders.Add(TestCustomerAuthentication.Header, email);
        }

        return client;
    }

    /// <summary>The ticket service as a signed-in customer sees it, outside any request: for the writes pages make over the circuit.</summary>
    public async Task<T> AsCustomerAsync<T>(string email, Func<TicketService, Task<T>> use)
    {
        await using var scope = Services.CreateAsyncScope();
        var state = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        state.SetAuthenticationState(Task.FromResult(new AuthenticationState(TestCustomerAuthentication.Principal(email))));
        return await use(scope.ServiceProvider.GetRequiredService<TicketService>());
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        if (!services.Any(d => d.ServiceType == typeof(IAuthenticationService)))
        {
            // Until the accounts feature is merged into this branch: its cookie scheme as far as these tests see it,
            // which sends anonymous visitors to /account/login. Once merged, the real one is used instead.
            services.AddAuthentication(IdentityConstants.ApplicationScheme)
                .AddCookie(IdentityConstants.ApplicationScheme, cookie => cookie.LoginPath = "/account/login");
            services.AddAuthorization();
        }

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TestCustomerAuthentication>(TestCustomerAuthentication.SchemeName, configureOptions: null);
        services.PostConfigure<AuthenticationOptions>(options => options.DefaultAuthenticateScheme = TestCustomerAuthentication.SchemeName);
    }
}
