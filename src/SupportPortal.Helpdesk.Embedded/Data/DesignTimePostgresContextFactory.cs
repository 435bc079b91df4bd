using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SupportPortal.Helpdesk.Embedded.Data;

/// <summary>
/// Lets `dotnet ef migrations add ... --context PostgresHelpdeskDbContext` build the context without a host.
/// Generating migrations needs no running server.
/// </summary>
internal sealed class DesignTimePostgresContextFactory : IDesignTimeDbContextFactory<PostgresHelpdeskDbContext>
{
    public PostgresHelpdeskDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresHelpdeskDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=supportportal_helpdesk;Username=supportportal;Password=supportportal")
            .Options);
}
