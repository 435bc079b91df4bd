using Microsoft.EntityFrameworkCore;
using SupportPortal.Web.Accounts.Data;

namespace SupportPortal.Web.Accounts.Sso;

/// <summary>
/// Accepts each token's <c>jti</c> once. Used ids are kept in the portal store until their token expires, so a token
/// stays single-use across restarts and instances; expired ones are purged as new ones arrive.
/// </summary>
public sealed class UsedSsoTokens(PortalAccountsDbContext db, TimeProvider time, ILogger<UsedSsoTokens> logger)
{
    /// <returns>False when the token was used before.</returns>
    public async Task<bool> TryUseAsync(SsoIdentity identity, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var purged = await db.UsedSsoTokens.Where(t => t.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        if (purged > 0)
        {
            logger.LogDebug("Purged {Count} expired single sign-on token ids", purged);
        }

        // Kept past the expiry by the clock skew the validator allows, so the token cannot come back in that minute.
        db.UsedSsoTokens.Add(new UsedSsoToken { Jti = identity.Jti, ExpiresAt = identity.ExpiresAt + SsoTokenValidator.ClockSkew });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The primary key settles a race between two requests with the same token: exactly one insert wins.
            if (await IsUsedAsync(identity.Jti, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    private async Task<bool> IsUsedAsync(string jti, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.UsedSsoTokens.AnyAsync(t => t.Jti == jti, cancellationToken);
    }
}
