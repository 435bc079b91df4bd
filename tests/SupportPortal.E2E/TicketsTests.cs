using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability.Outbox;
using static Microsoft.Playwright.Assertions;

namespace SupportPortal.E2E;

/// <summary>
/// Alice on the demo data: her tickets, paging, sorting and filtering, then one ticket from reply to reopen. Runs on
/// every backend (the subclasses at the end); the backends' demo data are alike, so tickets are found, not named.
/// </summary>
public abstract partial class TicketsTests(PortalFixture portal)
{
    private const string Alice = "alice@example.com";

    [Fact]
    public async Task Alice_pages_sorts_and_filters_her_tickets_and_the_address_keeps_the_view()
    {
        var page = await SignedInAsAliceAtAsync("/tickets");
        var rows = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row);
        await Expect(rows).ToHaveCountAsync(11);
        await Expect(page.GetByText("Showing 1–10 of 25 tickets")).ToBeVisibleAsync();
        var firstPage = await SubjectsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(PageTwo());
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Page 2", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.GetByText("Showing 11–20 of 25 tickets")).ToBeVisibleAsync();
        Assert.Empty((await SubjectsAsync(page)).Intersect(firstPage));

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(ListWithoutQuery());
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Page 1", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        Assert.Equal(firstPage, await SubjectsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Priority" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(SortedByPriority());
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Priority" })).ToHaveAttributeAsync("aria-sort", "ascending");
        string[] rank = ["Low", "Normal", "Urgent"];
        var priorities = (await page.Locator("tbody tr td:nth-child(3)").AllInnerTextsAsync()).Select(p => Array.IndexOf(rank, p.Trim())).ToList();
        Assert.Equal(10, priorities.Count);
        Assert.Equal(0, priorities[0]);
        Assert.Equal(priorities.Order(), priorities);

        await ChooseAsync(page, "Status", "Closed");
        await Expect(page).ToHaveURLAsync(FilteredByStatus());
        await Expect(page.GetByText("Page 1 of the tickets that match")).ToBeVisibleAsync();
        var statuses = await page.Locator("tbody tr td:nth-child(2)").AllInnerTextsAsync();
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Equal("Closed", s.Trim()));

        // The address alone brings the same view back.
        var address = page.Url;
        await page.ReloadAsync();
        await WaitUntilInteractiveAsync(page);
        Assert.Equal(address, page.Url);
        Assert.Equal(statuses, await page.Locator("tbody tr td:nth-child(2)").AllInnerTextsAsync());
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Priority" })).ToHaveAttributeAsync("aria-sort", "ascending");
    }

    [Fact]
    public async Task Alice_replies_downloads_changes_priority_closes_and_reopens_a_ticket()
    {
        var helpdesk = portal.Server.Services.GetRequiredService<IHelpdesk>();
        var (ticketId, demoAttachment) = await TicketWithAttachmentAsync(helpdesk);
        var page = await SignedInAsAliceAtAsync("/tickets?size=50");
        var link = page.Locator($"tbody a.ticket-subject[href='/tickets/{ticketId}']");
        var subject = (await link.InnerTextAsync()).Trim();
        await link.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = subject })).ToBeVisibleAsync();
        await WaitUntilInteractiveAsync(page);
        Assert.Equal(ticketId, int.Parse(TicketIdInPath().Match(page.Url).Groups[1].Value));

        // Reply with an attachment: the thread shows both without a reload.
        var reply = $"The large report still fails ({Guid.NewGuid():N}).";
        var log = new FilePayload { Name = "export-trace.log", MimeType = "text/plain", Buffer = TraceBytes() };
        await page.GetByLabel("Your reply").FillAsync(reply);
        await page.GetByLabel("Attach files").SetInputFilesAsync([log]);
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Attached files" }).GetByRole(AriaRole.Listitem)).ToContainTextAsync("Uploaded");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await Expect(page.GetByText("Your reply was sent.")).ToBeVisibleAsync();
        var lastPost = page.GetByRole(AriaRole.List, new() { Name = "Conversation" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = reply });
        await Expect(lastPost).ToContainTextAsync("export-trace.log");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Attached files" })).ToHaveCountAsync(0);
        var posted = (await helpdesk.GetSubmittedTicketAsync(Alice, ticketId)).Posts[^1];
        Assert.Equal(reply, DeliveryMarker.Strip(posted.Contents));
        Assert.Equal("export-trace.log", Assert.Single(posted.Attachments).Name);

        // Download: the same bytes that were uploaded, and a demo attachment's bytes as the helpdesk holds them.
        var replied = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "export-trace.log" }).ClickAsync());
        Assert.Equal("export-trace.log", replied.SuggestedFilename);
        Assert.Equal(log.Buffer, await File.ReadAllBytesAsync(await replied.PathAsync()));
        var ticket = await helpdesk.GetSubmittedTicketAsync(Alice, ticketId);
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.Locator($"a.ticket-attachment[href='/tickets/{ticketId}/attachments/{demoAttachment.Id}']").ClickAsync());
        Assert.Equal(demoAttachment.Name, download.SuggestedFilename);
        Assert.Equal(await BytesAsync(helpdesk, ticketId, demoAttachment.Id), await File.ReadAllBytesAsync(await download.PathAsync()));

        // Priority: to one it does not have yet.
        var priorities = await helpdesk.GetPrioritiesAsync();
        var target = priorities.First(p => p.Id != ticket.PriorityId && p.Title != "Normal");
        await ChooseAsync(page, "Priority", target.Title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change priority" }).ClickAsync();
        await Expect(page.GetByText($"Priority changed to {target.Title}.")).ToBeVisibleAsync();
        Assert.Equal(target.Id, (await helpdesk.GetSubmittedTicketAsync(Alice, ticketId)).PriorityId);

        // Close and reopen, where the backend lets customers do it; otherwise the page offers neither.
        if (!portal.Capabilities.CloseAndReopen)
        {
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Close ticket" })).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reopen ticket" })).ToHaveCountAsync(0);
            return;
        }

        var statuses = await helpdesk.GetStatusesAsync();
        if (await page.GetByRole(AriaRole.Button, new() { Name = "Reopen ticket" }).CountAsync() > 0)
        {
            // A demo ticket that is closed already: reopen it first, then the same steps as for an open one.
            await page.GetByRole(AriaRole.Button, new() { Name = "Reopen ticket" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Close ticket" })).ToBeVisibleAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Close ticket" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reopen ticket" })).ToBeVisibleAsync();
        Assert.Equal(statuses.Single(s => s.Title == "Closed").Id, (await helpdesk.GetSubmittedTicketAsync(Alice, ticketId)).StatusId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Reopen ticket" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Close ticket" })).ToBeVisibleAsync();
        Assert.Equal(statuses.Single(s => s.Title == "Open").Id, (await helpdesk.GetSubmittedTicketAsync(Alice, ticketId)).StatusId);
    }

    /// <summary>Opens <paramref name="path"/>, signs in as alice on the sign-in page it sends us to, and waits for the circuit.</summary>
    private async Task<IPage> SignedInAsAliceAtAsync(string path)
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(path);
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await page.GetByLabel("Email").FillAsync(Alice);
        await page.GetByLabel("Password").FillAsync("Demo-pass-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"));
        await WaitUntilInteractiveAsync(page);
        return page;
    }

    /// <summary>
    /// The pages enable their selects only once the circuit runs, and MudBlazor's popover provider renders only then:
    /// before both, a click on a select would be lost.
    /// </summary>
    private static async Task WaitUntilInteractiveAsync(IPage page)
    {
        await page.Locator(".mud-popover-provider").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(page.GetByRole(AriaRole.Combobox).First).ToBeEnabledAsync();
    }

    private static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.GetByRole(AriaRole.Combobox, new() { Name = label }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    private static async Task<IReadOnlyList<string>> SubjectsAsync(IPage page) =>
        await page.Locator("tbody a.ticket-subject").AllInnerTextsAsync();

    /// <summary>A few kilobytes of text with every byte value mixed in, so any re-encoding on the way shows.</summary>
    private static byte[] TraceBytes() =>
        [.. System.Text.Encoding.UTF8.GetBytes("export started\nexport failed\n"), .. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 256))];

    /// <summary>Alice's oldest ticket with an attachment (a demo ticket, never one a test wrote), and that attachment.</summary>
    private static async Task<(int TicketId, TicketAttachment Attachment)> TicketWithAttachmentAsync(IHelpdesk helpdesk)
    {
        foreach (var summary in (await helpdesk.GetSubmittedTicketsAsync(Alice, TicketQuery.Default with { PageSize = 100 })).Reverse())
        {
            var ticket = await helpdesk.GetSubmittedTicketAsync(Alice, summary.Id);
            if (ticket.Posts.SelectMany(p => p.Attachments).FirstOrDefault() is { } attachment)
            {
                return (ticket.Id, attachment);
            }
        }

        throw new InvalidOperationException("The demo data has no ticket of alice's with an attachment.");
    }

    private static async Task<byte[]> BytesAsync(IHelpdesk helpdesk, int ticketId, int attachmentId)
    {
        await using var content = await helpdesk.GetTicketAttachmentAsync(Alice, ticketId, attachmentId);
        using var buffer = new MemoryStream();
        await content.Content.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    [GeneratedRegex("/tickets\\?page=2$")]
    private static partial Regex PageTwo();

    [GeneratedRegex("/tickets$")]
    private static partial Regex ListWithoutQuery();

    [GeneratedRegex("/tickets\\?sort=priorityid$")]
    private static partial Regex SortedByPriority();

    [GeneratedRegex("/tickets\\?sort=priorityid&status=\\d+$")]
    private static partial Regex FilteredByStatus();

    [GeneratedRegex("/tickets/(\\d+)$")]
    private static partial Regex TicketIdInPath();
}

[Collection(EmbeddedPortal.Name)]
public sealed class TicketsOnEmbedded(EmbeddedPortalFixture portal) : TicketsTests(portal);

[Collection(KayakoClassicPortal.Name)]
public sealed class TicketsOnKayakoClassic(KayakoClassicPortalFixture portal) : TicketsTests(portal);
