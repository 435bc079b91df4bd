using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace SupportPortal.Web.Support;

/// <summary>A signed-in customer whose e-mail address is confirmed: the only identity tickets are shown for.</summary>
public sealed record Customer(string Email, string Name);

/// <summary>
/// Who the customer is, from the authentication state (cookie on static pages, circuit on interactive ones).
/// Pages never take an e-mail from the client; they ask this.
/// </summary>
/// <remarks>
/// The sign-in code (portal accounts and SSO) issues <see cref="ClaimTypes.Email"/>, <see cref="ClaimTypes.Name"/>
/// and <see cref="EmailConfirmedClaim"/> = "true" once the address is confirmed; until then the customer has no tickets.
/// </remarks>
public sealed class CurrentCustomer(AuthenticationStateProvider authenticationState)
{
    public const string EmailConfirmedClaim = "email_confirmed";

    /// <summary>The customer, or null when nobody is signed in or the address is not confirmed yet.</summary>
    public async Task<Customer?> GetAsync()
    {
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        return FromPrincipal(user);
    }

    /// <summary>The customer; throws when there is none (pages that need one are behind [Authorize]).</summary>
    public async Task<Customer> RequireAsync() =>
        await GetAsync() ?? throw new InvalidOperationException("No signed-in customer with a confirmed e-mail address.");

    public static Customer? FromPrincipal(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true
            || user.FindFirstValue(EmailConfirmedClaim) != "true"
            || user.FindFirstValue(ClaimTypes.Email) is not { Length: > 0 } email)
        {
            return null;
        }

        return new Customer(email, user.FindFirstValue(ClaimTypes.Name) ?? email);
    }
}
