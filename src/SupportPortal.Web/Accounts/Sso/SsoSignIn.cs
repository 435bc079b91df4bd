using Microsoft.AspNetCore.Identity;
using SupportPortal.Web.Accounts.Data;

namespace SupportPortal.Web.Accounts.Sso;

/// <summary>Signs in the customer a valid token vouches for, creating their portal account on first visit.</summary>
public sealed class SsoSignIn(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, ILogger<SsoSignIn> logger)
{
    public const string AuthenticationMethod = "sso";

    public async Task SignInAsync(SsoIdentity identity)
    {
        var user = await users.FindByEmailAsync(identity.Email);
        if (user is null)
        {
            // The host vouches for the address, so it is confirmed; the account has no password of its own.
            user = new PortalUser { UserName = identity.Email, Email = identity.Email, DisplayName = identity.Name, EmailConfirmed = true };
            Check(await users.CreateAsync(user), "create");
            logger.LogInformation("Created portal account {UserId} for a single sign-on customer", user.Id);
        }
        else
        {
            await TakeOverAsync(user, identity);
        }

        await signIn.SignInAsync(user, isPersistent: false, AuthenticationMethod);
    }

    private async Task TakeOverAsync(PortalUser user, SsoIdentity identity)
    {
        if (!user.EmailConfirmed)
        {
            // Someone registered this address and never proved it was theirs; the host now proves it is the
            // customer's. Dropping that unproven password stops it from signing in to the customer's tickets.
            if (user.PasswordHash is not null)
            {
                Check(await users.RemovePasswordAsync(user), "remove the unconfirmed password of");
            }

            user.EmailConfirmed = true;
        }

        // The host site is the authority on the customer's name.
        user.DisplayName = identity.Name;
        Check(await users.UpdateAsync(user), "update");
    }

    private static void Check(IdentityResult result, string action)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Single sign-on could not {action} the portal account: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
