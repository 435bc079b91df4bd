using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Authorization;
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
    public HttpClient ClientFor(string? email) => ClientFor("localhost", email);

    /// <summary>A client on <paramref name="host"/> (a brand's host name), signed in as <paramref name="email"/> (anonymous when null), not following redirects.</summary>
    public HttpClient ClientFor(string host, string? email)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/"), AllowAutoRedirect = false });
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

    /// <summary>A service scope as a circuit on <paramref name="host"/> has it: no HttpContext, the navigation manager at the page's address.</summary>
    public AsyncServiceScope CircuitOn(string host)
    {
        var scope = Services.CreateAsyncScope();
        var navigation = (IHostEnvironmentNavigationManager)scope.ServiceProvider.GetRequiredService<NavigationManager>();
        navigation.Initialize($"http://{host}/", $"http://{host}/tickets/new");
        return scope;
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        // The portal's own cookie sign-in stays; a request that names a customer in the test header is that customer.
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TestCustomerAuthentication>(TestCustomerAuthentication.SchemeName, configureOptions: null);
        services.PostConfigure<AuthenticationOptions>(options => options.DefaultAuthenticateScheme = TestCustomerAuthentication.SchemeName);
    }
}
