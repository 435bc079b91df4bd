using System.Diagnostics.Metrics;

namespace SupportPortal.Web.Reliability.Outbox;

/// <summary>The outbox's instruments on the portal's meter: how many writes wait, how old the oldest is, how attempts end.</summary>
internal sealed class OutboxMetrics
{
    private readonly Counter<long> deliveries;
    private int pending;
    private DateTimeOffset? oldest;

    public OutboxMetrics(IMeterFactory meters, TimeProvider clock)
    {
        var meter = meters.Create(PortalMeter.Name);
        deliveries = meter.CreateCounter<long>("supportportal.outbox.deliveries", description: "Outbox delivery attempts by outcome.");
        meter.CreateObservableGauge("supportportal.outbox.depth", () => Volatile.Read(ref pending), description: "Writes waiting for the helpdesk.");
        meter.CreateObservableGauge(
            "supportportal.outbox.oldest_age",
            () => oldest is { } since ? (clock.GetUtcNow() - since).TotalSeconds : 0,
            unit: "s",
            description: "How long the oldest waiting write has waited.");
    }

    public int Pending => Volatile.Read(ref pending);

    public void RecordDelivery(DeliveryOutcome outcome) =>
        deliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString()));

    public void RecordBacklog((int Pending, DateTimeOffset? Oldest) backlog)
    {
        Volatile.Write(ref pending, backlog.Pending);
        oldest = backlog.Oldest;
    }
}
