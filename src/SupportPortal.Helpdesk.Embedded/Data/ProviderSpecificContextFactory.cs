using Microsoft.EntityFrameworkCore;

namespace SupportPortal.Helpdesk.Embedded.Data;

/// <summary>Hands out the configured provider's context as the shared model type the helpdesk code works with.</summary>
internal sealed class ProviderSpecificContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<HelpdeskDbContext>
    where TContext : HelpdeskDbContext
{
    public HelpdeskDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<HelpdeskDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
