using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SupportPortal.Web.Health;

/// <summary>
/// How many Blazor circuits the portal has opened and how many are open now. Static pages (knowledge base,
/// accounts) must open none; the browser tests read this to prove it, and an operator can see circuit load.
/// </summary>
public sealed class CircuitCounter
{
    private int opened;
    private int open;

    /// <summary>Circuits opened since the portal started.</summary>
    public int Opened => Volatile.Read(ref opened);

    /// <summary>Circuits open now.</summary>
    public int Open => Volatile.Read(ref open);

    internal void CountOpened()
    {
        Interlocked.Increment(ref opened);
        Interlocked.Increment(ref open);
    }

    internal void CountClosed() => Interlocked.Decrement(ref open);
}

/// <summary>Feeds <see cref="CircuitCounter"/>; one instance per circuit, as Blazor creates circuit handlers.</summary>
internal sealed class CircuitCountingHandler(CircuitCounter counter) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.CountOpened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.CountClosed();
        return Task.CompletedTask;
    }
}

public static class CircuitCounterExtensions
{
    public static IServiceCollection AddCircuitCounter(this IServiceCollection services)
    {
        services.TryAddSingleton<CircuitCounter>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitCountingHandler>());
        return services;
    }
}
