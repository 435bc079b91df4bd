using Microsoft.EntityFrameworkCore;

namespace SupportPortal.Web.Accounts.Data;

/// <summary>The accounts on SQLite, the default; migrations in Accounts/Data/Migrations/Sqlite.</summary>
public sealed class SqlitePortalAccountsDbContext(DbContextOptions<SqlitePortalAccountsDbContext> options) : PortalAccountsDbContext(options);
