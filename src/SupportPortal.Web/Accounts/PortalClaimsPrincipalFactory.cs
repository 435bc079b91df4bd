using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SupportPortal.Web.Accounts.Data;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Accounts;

/// <summary>
/// Issues the claims <see cref="CurrentCustomer"/> reads: <see cref="ClaimTypes.Email"/>, <see cref="ClaimTypes.Name"/>
/// (the display name, not the user name) and <see cref="CurrentCustomer.EmailConfirmedClaim"/> only once the address is
/// confirmed. The user id and security stamp ride along because Identity needs them to find and revalidate the account.
/// </summary>
internal sealed class PortalClaimsPrincipalFactory(UserManager<PortalUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, ClaimTypes.Name, ClaimTypes.Role);
        var email = user.Email ?? "";
        identity.AddClaim(new Claim(Options.ClaimsIdentity.UserIdClaimType, user.Id));
        identity.AddClaim(new Claim(ClaimTypes.Email, email));
        identity.AddClaim(new Claim(ClaimTypes.Name, string.IsNullOrWhiteSpace(user.DisplayName) ? email : user.DisplayName));
        if (user.EmailConfirmed)
        {
            identity.AddClaim(new Claim(CurrentCustomer.EmailConfirmedClaim, "true"));
        }

        if (UserManager.SupportsUserSecurityStamp)
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.SecurityStampClaimType, await UserManager.GetSecurityStampAsync(user)));
        }

        return identity;
    }
}
