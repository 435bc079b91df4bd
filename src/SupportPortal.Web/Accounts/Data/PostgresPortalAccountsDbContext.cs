using Microsoft.EntityFrameworkCore;

namespace SupportPortal.Web.Accounts.Data;

/// <summary>The accounts on PostgreSQL; migrations in Accounts/Data/Migrations/Postgres.</summary>
public sealed class PostgresPortalAccountsDbContext(DbContextOptions<PostgresPortalAccountsDbContext> options) : PortalAccountsDbContext(options);
