using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Helpdesk;
using SupportPortal.Web.Accounts.Data;
using SupportPortal.Web.Accounts.Email;

namespace SupportPortal.Web.Accounts;

/// <summary>What became of a request to change an account's e-mail address.</summary>
public enum EmailChangeRequestOutcome
{
    ConfirmationSent,
    SameAsCurrent,
    TakenByAnotherAccount,
}

/// <summary>What became of following the confirmation link sent to a new address.</summary>
public enum EmailChangeOutcome
{
    Changed,
    AlreadyChanged,
    InvalidLink,
    TakenByAnotherAccount,

    /// <summary>The helpdesk already has a customer with the new address (-15): their histories cannot be merged.</summary>
    AddressHasItsOwnHistory,
    HelpdeskUnavailable,
    Failed,
}

/// <summary>
/// Changing a customer's e-mail address: a confirmation goes to the new address, and when its link is followed the
/// helpdesk moves the customer's tickets FIRST (seed 002: "call this function prior to changing the address in your
/// connecting software"); the portal account changes only when that worked, so the two never disagree. One portal
/// account serves every brand, so its tickets move in every helpdesk of the instance, or in none.
/// </summary>
public sealed class EmailAddressChange(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    HelpdeskDirectory helpdesks,
    AccountMail mail,
    ILogger<EmailAddressChange> logger)
{
    public async Task<EmailChangeRequestOutcome> RequestAsync(PortalUser user, string newEmail, string baseUri, CancellationToken cancellationToken)
    {
        if (string.Equals(user.Email, newEmail, StringComparison.OrdinalIgnoreCase))
        {
            return EmailChangeRequestOutcome.SameAsCurrent;
        }

        if (await users.FindByEmailAsync(newEmail) is not null)
        {
            return EmailChangeRequestOutcome.TakenByAnotherAccount;
        }

        var token = await users.GenerateChangeEmailTokenAsync(user, newEmail);
        await mail.SendNewAddressConfirmationAsync(user, newEmail, AccountLinks.ConfirmEmailChange(baseUri, user.Id, newEmail, token), cancellationToken);
        return EmailChangeRequestOutcome.ConfirmationSent;
    }

    public async Task<EmailChangeOutcome> ConfirmAsync(string? userId, string? newEmail, string? code, ClaimsPrincipal signedIn, CancellationToken cancellationToken)
    {
        var token = AccountLinks.Decode(code);
        if (userId is null || token is null || !CustomerEmail.IsValid(newEmail) || await users.FindByIdAsync(userId) is not { Email: { } oldEmail } user)
        {
            return EmailChangeOutcome.InvalidLink;
        }

        if (string.Equals(oldEmail, newEmail, StringComparison.OrdinalIgnoreCase))
        {
            return EmailChangeOutcome.AlreadyChanged;
        }

        // Checked before the helpdesk is asked anything: a forged or stale link must not move anybody's tickets.
        var purpose = UserManager<PortalUser>.GetChangeEmailTokenPurpose(newEmail!);
        if (!await users.VerifyUserTokenAsync(user, users.Options.Tokens.ChangeEmailTokenProvider, purpose, token))
        {
            return EmailChangeOutcome.InvalidLink;
        }

        if (await users.FindByEmailAsync(newEmail!) is not null)
        {
            return EmailChangeOutcome.TakenByAnotherAccount;
        }

        var moved = new List<IHelpdesk>();
        foreach (var helpdesk in helpdesks.Keys.Select(helpdesks.Get))
        {
            var (wasMoved, refusal) = await MoveHelpdeskHistoryAsync(helpdesk, oldEmail, newEmail!, cancellationToken);
            if (refusal is { } refused)
            {
                // All or none: the helpdesks that moved already move back.
                await MoveHelpdeskHistoryBackAsync(moved, oldEmail, newEmail!, user.Id);
                return refused;
            }

            if (wasMoved)
            {
                moved.Add(helpdesk);
            }
        }

        var changed = await users.ChangeEmailAsync(user, newEmail!, token);
        if (changed.Succeeded)
        {
            changed = await users.SetUserNameAsync(user, newEmail);
        }

        if (!changed.Succeeded)
        {
            logger.LogError("The helpdesk moved customer {UserId} to the new address but the portal account could not follow: {Errors}", user.Id, Describe(changed));
            await MoveHelpdeskHistoryBackAsync(moved, oldEmail, newEmail!, user.Id);
            return EmailChangeOutcome.Failed;
        }

        if (signedIn.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id)
        {
            // The cookie still names the old address; a new one carries the new claims.
            await signIn.RefreshSignInAsync(user);
        }

        logger.LogInformation("Portal account {UserId} moved to a new e-mail address", user.Id);
        return EmailChangeOutcome.Changed;
    }

    /// <summary>Whether the helpdesk moved the customer (it may have had nothing to move), or why it would not.</summary>
    private async Task<(bool Moved, EmailChangeOutcome? Refusal)> MoveHelpdeskHistoryAsync(IHelpdesk helpdesk, string oldEmail, string newEmail, CancellationToken cancellationToken)
    {
        try
        {
            await helpdesk.UpdateEmailAddressAsync(oldEmail, newEmail, cancellationToken);
            return (true, null);
        }
        catch (HelpdeskException exception) when (exception.Error == HelpdeskError.UserNotFound)
        {
            // No tickets yet under the old address: nothing to move, the account alone changes.
            return (false, null);
        }
        catch (HelpdeskException exception) when (exception.Error == HelpdeskError.EmailAlreadyInUse)
        {
            return (false, EmailChangeOutcome.AddressHasItsOwnHistory);
        }
        catch (HelpdeskException exception)
        {
            logger.LogWarning(exception, "The helpdesk could not move a customer to a new e-mail address: {Error}", exception.Error);
            return (false, exception.IsTransient || exception.Error is HelpdeskError.BadGateway or HelpdeskError.Misconfigured or HelpdeskError.ApiCredentialsInvalid
                ? EmailChangeOutcome.HelpdeskUnavailable
                : EmailChangeOutcome.Failed);
        }
    }

    private async Task MoveHelpdeskHistoryBackAsync(IEnumerable<IHelpdesk> moved, string oldEmail, string newEmail, string userId)
    {
        foreach (var helpdesk in moved)
        {
            try
            {
                await helpdesk.UpdateEmailAddressAsync(newEmail, oldEmail, CancellationToken.None);
            }
            catch (HelpdeskException exception) when (exception.Error == HelpdeskError.UserNotFound)
            {
                // Nothing had moved.
            }
            catch (HelpdeskException exception)
            {
                logger.LogError(exception, "Customer {UserId}'s tickets are under the new address in the helpdesk but the account kept the old one; move them back by hand", userId);
            }
        }
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
