namespace SupportPortal.Helpdesk.ContractTests;

public abstract partial class HelpdeskContractTests<TFixture>
{
    [Fact]
    public async Task A_new_tickets_thread_starts_with_the_customers_message()
    {
        var email = FreshEmail();
        var submitted = await SubmitGeneralAsync(email);

        var ticket = await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id);

        var post = Assert.Single(ticket.Posts);
        Assert.Equal(("It smells of smoke.", 0, false, CustomerName), (post.Contents, post.StaffId, post.IsFromStaff, post.FullName));
        Assert.Equal(email, post.Email, ignoreCase: true);
    }

    [Fact]
    public async Task A_reply_is_appended_to_the_thread_and_moves_last_activity_and_last_replier()
    {
        var email = FreshEmail();
        var submitted = await SubmitGeneralAsync(email);
        var before = Assert.Single(await Helpdesk.GetSubmittedTicketsAsync(email, TicketQuery.Default));

        await Helpdesk.PostTicketReplyAsync(email, submitted.Id, new NewReply("Still smoking.\nNow with sparks."));

        var ticket = await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id);
        Assert.Equal(["It smells of smoke.", "Still smoking.\nNow with sparks."], ticket.Posts.Select(p => p.Contents));
        Assert.Equal(0, ticket.Posts[1].StaffId);
        Assert.True(ticket.Posts[0].Date <= ticket.Posts[1].Date, "The reply should be dated after the first post.");
        Assert.NotEqual(ticket.Posts[0].Id, ticket.Posts[1].Id);
        var after = Assert.Single(await Helpdesk.GetSubmittedTicketsAsync(email, TicketQuery.Default));
        Assert.True(after.LastActivity >= before.LastActivity, "A reply cannot move last activity back.");
        Assert.True(after.LastActivity >= ticket.Posts[1].Date.AddSeconds(-1), "Last activity should be the reply's time.");
        Assert.Equal(CustomerName, after.LastReplier);
        Assert.Equal(ticket.LastActivity, after.LastActivity);
    }

    [Fact]
    public async Task Alices_demo_threads_run_oldest_first_and_include_posts_from_staff()
    {
        var tickets = await AllTicketsAsync(DemoData.Alice);

        var posts = new List<TicketPost>();
        foreach (var summary in tickets)
        {
            var ticket = await Helpdesk.GetSubmittedTicketAsync(DemoData.Alice, summary.Id);
            Assert.NotEmpty(ticket.Posts);
            for (var i = 1; i < ticket.Posts.Count; i++)
            {
                Assert.True(
                    ticket.Posts[i - 1].Date <= ticket.Posts[i].Date,
                    $"Ticket {ticket.Id} lists post {ticket.Posts[i].Id} ({ticket.Posts[i].Date:O}) after a later one ({ticket.Posts[i - 1].Date:O}).");
            }

            posts.AddRange(ticket.Posts);
        }

        Assert.Contains(posts, p => p.IsFromStaff);
        Assert.Contains(posts, p => !p.IsFromStaff);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public async Task An_empty_reply_is_refused_with_minus_12(string message)
    {
        var email = FreshEmail();
        var submitted = await SubmitGeneralAsync(email);

        await Refused.WithAsync(HelpdeskError.EmptyReply, () => Helpdesk.PostTicketReplyAsync(email, submitted.Id, new NewReply(message)));

        Assert.Single((await Helpdesk.GetSubmittedTicketAsync(email, submitted.Id)).Posts);
    }

    [Fact]
    public async Task An_unknown_ticket_is_refused_with_minus_13_when_read_or_replied_to()
    {
        var email = FreshEmail();
        await SubmitGeneralAsync(email);

        await Refused.WithAsync(HelpdeskError.TicketNotFound, () => Helpdesk.GetSubmittedTicketAsync(email, UnknownId));
        await Refused.WithAsync(HelpdeskError.TicketNotFound, () => Helpdesk.PostTicketReplyAsync(email, UnknownId, new NewReply("Hello?")));
    }
}
