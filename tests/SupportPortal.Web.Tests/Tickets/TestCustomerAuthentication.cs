using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests.Tickets;

/// <summary>
/// Signs a request in as the customer named in <see cref="Header"/>, with the three claims the portal's sign-in issues
/// (e-mail, name, e-mail confirmed). No header, no identity: the request is anonymous and the app's own challenge runs.
/// </summary>
internal sealed class TestCustomerAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestCustomer";
    public const string Header = "X-Test-Customer";

    public static ClaimsPrincipal Principal(string email) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Email, email),
            new Claim(ClaimTypes.Name, NameOf(email)),
            new Claim(CurrentCustomer.EmailConfirmedClaim, "true"),
        ],
        SchemeName));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var email) || string.IsNullOrEmpty(email))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(Principal(email!), SchemeName)));
    }

    private static string NameOf(string email) => email.Split('@')[0] switch
    {
        "alice" => "Alice Customer",
        "bob" => "Bob Customer",
        var local => local,
    };
}
