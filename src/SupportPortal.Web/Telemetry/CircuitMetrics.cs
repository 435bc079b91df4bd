using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Components.Server.Circuits;
using SupportPortal.Web.Reliability;

namespace SupportPortal.Web.Telemetry;

/// <summary>Counts open Blazor circuits (interactive ticket pages): each holds server memory, so capacity planning watches it.</summary>
internal sealed class CircuitMetrics : CircuitHandler
{
    private readonly UpDownCounter<long> open;

    public CircuitMetrics(IMeterFactory meters) =>
        open = meters.Create(PortalMeter.Name).CreateUpDownCounter<long>("supportportal.circuits.open", description: "Open Blazor circuits.");

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        open.Add(1);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        open.Add(-1);
        return Task.CompletedTask;
    }
}
