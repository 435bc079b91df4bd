using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Components.Pages.Tickets;
using SupportPortal.Web.Reliability.Outbox;
using SupportPortal.Web.Support;
using SupportPortal.Web.Tests.Localization;

namespace SupportPortal.Web.Tests.Tickets;

/// <summary>The ticket thread: who wrote what, in order, and nothing a post's HTML could smuggle in.</summary>
public sealed class TicketThreadComponentTests : BunitContext, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public TicketThreadComponentTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<PortalHtmlSanitizer>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Html_posts_are_sanitized_before_they_reach_the_page()
    {
        var thread = RenderThread(Staff(1, "<p>Try <strong>this</strong>.</p><script>alert('x')</script><img src=\"x\" onerror=\"alert(1)\"><a href=\"javascript:alert(2)\">link</a>"));

        var body = thread.Find(".ticket-post-body");
        Assert.Equal("this", body.QuerySelector("p strong")!.TextContent);
        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.DoesNotContain("onerror", body.InnerHtml);
        Assert.DoesNotContain("javascript:", body.InnerHtml);
    }

    [Fact]
    public void Plain_text_posts_keep_their_line_breaks_and_paragraphs_and_show_markup_as_text()
    {
        var thread = RenderThread(Customer(1, "First line\r\nsecond line\n\nNew paragraph with <b>tags</b> & more"));

        var paragraphs = thread.FindAll(".ticket-post-body p");
        Assert.Equal(2, paragraphs.Count);
        Assert.Single(paragraphs[0].QuerySelectorAll("br"));
        Assert.Equal("First linesecond line", paragraphs[0].TextContent.Trim());
        Assert.Empty(paragraphs[1].QuerySelectorAll("b"));
        Assert.Equal("New paragraph with <b>tags</b> & more", paragraphs[1].TextContent.Trim());
    }

    [Fact]
    public void Staff_and_customer_posts_say_who_wrote_them_in_words_in_the_order_given()
    {
        var thread = RenderThread(Customer(1, "It broke."), Staff(2, "<p>Fixed.</p>"), Customer(3, "Thanks!"));

        var authors = thread.FindAll(".ticket-post-author").Select(a => a.TextContent.Trim().ReplaceLineEndings(" ")).ToList();
        Assert.Equal(3, authors.Count);
        Assert.Matches("^Alice Customer\\s+Customer$", authors[0]);
        Assert.Matches("^Sam Support\\s+Support team$", authors[1]);
        Assert.Matches("^Alice Customer\\s+Customer$", authors[2]);
        Assert.Equal(["It broke.", "Fixed.", "Thanks!"], thread.FindAll(".ticket-post-body").Select(b => b.TextContent.Trim()));
    }

    [Fact]
    public void Attachments_link_to_the_download_with_name_size_and_type()
    {
        var post = Customer(1, "Log attached.") with
        {
            Attachments = [new TicketAttachment(41, "widget.log", "text/plain", 2048)],
        };

        var thread = RenderThread(post);

        var link = thread.Find("a.ticket-attachment");
        Assert.Equal("/tickets/7/attachments/41", link.GetAttribute("href"));
        Assert.Equal("widget.log", link.TextContent.Trim());
        Assert.Equal("2 KB · text/plain", thread.Find(".ticket-attachment-facts").TextContent.Trim());
    }

    [Fact]
    public void Each_post_shows_its_time_in_utc_with_a_machine_readable_value()
    {
        var thread = RenderThread(Customer(1, "Hello"));

        var time = thread.Find("time.ticket-post-time");
        Assert.Equal("2026-03-02T09:31:00Z", time.GetAttribute("datetime"));
        Assert.EndsWith("UTC", time.TextContent.Trim());
    }

    [Fact]
    public void A_queued_reply_comes_after_the_posts_and_says_in_words_that_it_waits_for_the_support_system()
    {
        var queued = new QueuedWrite(12, OutboxKind.Reply, OutboxState.Pending, 7, "", "Any news?\n\n<script>x()</script>", Start.AddHours(1),
            [new QueuedAttachment("screen.png", 4096)], FailedWith: null);

        var thread = Render<TicketThread>(p => p.Add(t => t.TicketId, 7).Add(t => t.Posts, [Customer(1, "It broke.")]).Add(t => t.Queued, [queued]));

        var posts = thread.FindAll("li.ticket-post");
        Assert.Equal(2, posts.Count);
        Assert.Contains("ticket-post-queued", posts[1].ClassList);
        Assert.Equal("Queued — will be sent when the support system is back", posts[1].QuerySelector(".ticket-post-queued-note")!.TextContent.Trim());
        Assert.Empty(posts[1].QuerySelectorAll("script"));
        Assert.Contains("<script>x()</script>", posts[1].QuerySelector(".ticket-post-body")!.TextContent);
        Assert.Equal("screen.png", posts[1].QuerySelector(".ticket-attachment-name")!.TextContent.Trim());
        Assert.Empty(posts[1].QuerySelectorAll("a"));
    }

    [Fact]
    public void In_german_authors_times_sizes_and_a_refused_queued_reply_are_german()
    {
        using var german = new CultureScope("de");
        var post = Staff(2, "<p>Erledigt.</p>") with { Edited = true, Attachments = [new TicketAttachment(41, "protokoll.log", "text/plain", 1536)] };
        var refused = new QueuedWrite(12, OutboxKind.Reply, OutboxState.Failed, 7, "", "Gibt es Neuigkeiten?", Start.AddHours(1),
            [new QueuedAttachment("bild.png", 1)], FailedWith: HelpdeskError.Unavailable);

        var thread = Render<TicketThread>(p => p.Add(t => t.TicketId, 7).Add(t => t.Posts, [Customer(1, "Kaputt."), post]).Add(t => t.Queued, [refused]));

        Assert.Equal("Verlauf", thread.Find("ol.ticket-thread").GetAttribute("aria-label"));
        var authors = thread.FindAll(".ticket-post-author").Select(a => string.Join(' ', a.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Equal(["Alice Customer Kunde", "Sam Support Support-Team", "Sie Kunde"], authors);
        Assert.Equal("2. März 2026, 09:31 UTC", thread.Find("time.ticket-post-time").TextContent.Trim());
        Assert.Equal("(bearbeitet)", thread.Find(".ticket-post-edited").TextContent.Trim());
        Assert.Equal("Anhänge des Beitrags von Sam Support", thread.Find("ul.ticket-attachments").GetAttribute("aria-label"));
        Assert.Equal("1,5 KB · text/plain", thread.Find(".ticket-attachment-facts").TextContent.Trim());
        var queued = thread.Find("li.ticket-post-queued");
        Assert.Equal(
            $"Nicht gesendet: Das Support-System hat sie abgelehnt. {HelpdeskErrorText.ForCustomer(HelpdeskError.Unavailable)}",
            queued.QuerySelector(".ticket-post-queued-note")!.TextContent.Trim());
        Assert.Equal("Anhänge Ihrer wartenden Antwort", queued.QuerySelector("ul.ticket-attachments")!.GetAttribute("aria-label"));
        Assert.Equal("1 Byte", queued.QuerySelector(".ticket-attachment-facts")!.TextContent.Trim());
    }

    private IRenderedComponent<TicketThread> RenderThread(params TicketPost[] posts) =>
        Render<TicketThread>(p => p.Add(t => t.TicketId, 7).Add(t => t.Posts, posts));

    private static TicketPost Customer(int id, string text) =>
        new(id, Start.AddMinutes(id), 5, "Alice Customer", "alice@example.com", false, 0, null, IsHtml: false, StaffId: 0, text, []);

    private static TicketPost Staff(int id, string html) =>
        new(id, Start.AddMinutes(id), 0, "Sam Support", "sam@support.example.com", false, 0, null, IsHtml: true, StaffId: 3, html, []);

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously.
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
