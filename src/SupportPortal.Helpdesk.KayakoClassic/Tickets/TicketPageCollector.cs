namespace SupportPortal.Helpdesk.KayakoClassic.Tickets;

/// <summary>
/// Picks one page out of a stream of tickets while holding at most offset + page size of them: the ones that would
/// sort after the page are dropped as soon as enough better ones are seen.
/// </summary>
internal sealed class TicketPageCollector
{
    private readonly TicketQuery query;
    private readonly IComparer<TicketSummary> order;
    private readonly PriorityQueue<TicketSummary, TicketSummary> kept;
    private readonly int keep;

    public TicketPageCollector(TicketQuery query)
    {
        this.query = query;
        order = TicketOrder.For(query.SortBy, query.Ascending);
        keep = checked(query.Offset + query.PageSize);

        // Reversed, so the head of the queue is the kept ticket that sorts last: the one to drop first.
        kept = new PriorityQueue<TicketSummary, TicketSummary>(Comparer<TicketSummary>.Create((a, b) => order.Compare(b, a)));
    }

    public void Offer(TicketSummary ticket)
    {
        if (!query.Matches(ticket))
        {
            return;
        }

        if (kept.Count < keep)
        {
            kept.Enqueue(ticket, ticket);
        }
        else if (order.Compare(ticket, kept.Peek()) < 0)
        {
            kept.EnqueueDequeue(ticket, ticket);
        }
    }

    public IReadOnlyList<TicketSummary> Page()
    {
        var sorted = kept.UnorderedItems.Select(i => i.Element).Order(order).ToList();
        return sorted.Skip(query.Offset).Take(query.PageSize).ToList();
    }
}
