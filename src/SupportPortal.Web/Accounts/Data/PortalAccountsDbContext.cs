using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SupportPortal.Web.Accounts.Data;

/// <summary>
/// Portal accounts, used single sign-on tokens and the Data Protection keys that sign the account cookies and links,
/// in the portal store (so a restart or another instance does not sign everybody out). EF Core keeps one migration set per context
/// type, so each provider has its own derived context and Migrations folder, and its own history table so other
/// features can keep their tables in the same database.
/// </summary>
public abstract class PortalAccountsDbContext(DbContextOptions options) : IdentityUserContext<PortalUser>(options), IDataProtectionKeyContext
{
    public const string MigrationsHistoryTable = "__AccountsMigrationsHistory";

    public DbSet<UsedSsoToken> UsedSsoTokens => Set<UsedSsoToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PortalUser>().Property(u => u.DisplayName).HasMaxLength(PortalUser.MaxDisplayNameLength);
        builder.Entity<UsedSsoToken>(token =>
        {
            token.ToTable("UsedSsoTokens");
            token.HasKey(t => t.Jti);
            token.Property(t => t.Jti).HasMaxLength(UsedSsoToken.MaxJtiLength);

            // Unix milliseconds: SQLite cannot compare DateTimeOffset, and the purge filters on it.
            token.Property(t => t.ExpiresAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
            token.HasIndex(t => t.ExpiresAt);
        });
    }
}
