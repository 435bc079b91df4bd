using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tests;

/// <summary>
/// Signs a request in as the customer named in its <see cref="Header"/>, with the claims the portal's sign-in issues
/// (e-mail, name, confirmed). Without the header the request is anonymous and a challenge answers 401. It stands in for
/// the accounts feature in endpoint tests, which are about uploads, not about signing in.
/// </summary>
public sealed class TestCustomerAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestCustomer";
    public const string Header = "X-Test-Customer";

    public static void AddTo(IServiceCollection services)
    {
        services.AddAuthentication(SchemeName).AddScheme<AuthenticationSchemeOptions, TestCustomerAuthentication>(SchemeName, _ => { });
        services.AddAuthorization();

        // Whatever the portal's own sign-in sets as defaults, these tests sign in with the header.
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = o.DefaultAuthenticateScheme = o.DefaultChallengeScheme = o.DefaultForbidScheme = SchemeName;
        });
    }

    public static ClaimsPrincipal Principal(string email) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Email, email),
            new Claim(ClaimTypes.Name, email.Split('@')[0]),
            new Claim(CurrentCustomer.EmailConfirmedClaim, "true"),
        ],
        SchemeName));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var email = Request.Headers[Header].ToString();
        return Task.FromResult(string.IsNullOrEmpty(email)
            ? AuthenticateResult.NoResult()
            : AuthenticateResult.Success(new AuthenticationTicket(Principal(email), SchemeName)));
    }
}
