using AngleSharp.Dom;

namespace SupportPortal.Reliability.Tests.Attacks;

/// <summary>
/// The XSS corpus stored in alice's tickets (subject, first message, reply, custom field values, attachment names,
/// agent and customer HTML posts), then read back as alice reads it: the prerendered HTML of her ticket list and of
/// each ticket. The ticket content must hold nothing executable, and the payload must still be there as visible
/// text, so a page that fails to show the ticket cannot pass.
/// </summary>
[Collection(StoredXssCollection.Name)]
public sealed class StoredTicketXssTests(StoredXssPortal portal)
{
    [Theory]
    [MemberData(nameof(XssCorpus.Payloads), MemberType = typeof(XssCorpus))]
    public async Task A_ticket_page_shows_stored_payloads_as_text_only(string payload)
    {
        var corpus = await portal.CorpusAsync();
        var planted = corpus.Tickets[payload];

        var page = await corpus.Alice.GetDocumentAsync($"/tickets/{planted.Id}");

        var main = Single(page, "main");
        var title = Single(main, "h1.ticket-title");
        var fields = Single(main, "section.ticket-fields");
        var conversation = Single(main, "section.ticket-conversation");
        AssertInert(payload, title, fields, conversation);
        Assert.Equal(corpus.PortalTicketPageKinds, ExecutableMarkup.KindsIn(page.DocumentElement));

        Assert.Contains(payload, page.Title, StringComparison.Ordinal);
        Assert.Equal(payload, title.TextContent.Trim());
        Assert.Equal(payload, FieldValue(fields, "Product version"));
        Assert.Equal(payload, FieldValue(fields, "Steps to reproduce"));

        var posts = conversation.QuerySelectorAll("article").ToList();
        Assert.Equal(4, posts.Count);
        Assert.Equal(payload, Body(posts[0]));
        Assert.Equal(payload, Body(posts[1]));
        Assert.StartsWith(planted.CustomerHtmlPostMarker, Body(posts[2]), StringComparison.Ordinal);
        Assert.StartsWith(planted.AgentPostMarker, Body(posts[3]), StringComparison.Ordinal);
        Assert.Contains(payload, posts[3].QuerySelector(".ticket-post-author")?.TextContent, StringComparison.Ordinal);

        var namedAttachment = Single(conversation, $"a.ticket-attachment[href='/tickets/{planted.Id}/attachments/{planted.NamedAttachmentId}']");
        Assert.Equal(payload, namedAttachment.QuerySelector(".ticket-attachment-name")?.TextContent);
    }

    [Theory]
    [MemberData(nameof(XssCorpus.Payloads), MemberType = typeof(XssCorpus))]
    public async Task The_ticket_list_shows_stored_subjects_and_repliers_as_text_only(string payload)
    {
        var corpus = await portal.CorpusAsync();
        var planted = corpus.Tickets[payload];

        var page = await corpus.Alice.GetDocumentAsync(StoredXssPortal.TicketListUrl);

        var table = Single(Single(page, "main"), "table.ticket-table");
        var link = Single(table, $"a.ticket-subject[href='/tickets/{planted.Id}']");
        var row = link.Closest("tr") ?? throw new Xunit.Sdk.XunitException("The ticket's link is not in a table row.");
        AssertInert(payload, row);

        // The other rows hold the other payloads: the page as a whole has nothing but the portal's own.
        Assert.Equal(corpus.PortalListPageKinds, ExecutableMarkup.KindsIn(page.DocumentElement));

        Assert.Equal(payload, link.TextContent.Trim());
        Assert.Contains(row.QuerySelectorAll("td"), cell => cell.TextContent.Trim() == payload && !cell.Contains(link));
    }

    private static void AssertInert(string payload, params IElement[] regions)
    {
        var findings = regions.SelectMany(ExecutableMarkup.In).ToList();
        Assert.True(findings.Count == 0, $"The payload {payload} became executable markup:\n{string.Join('\n', findings)}");
    }

    private static string FieldValue(IElement fields, string name)
    {
        var term = fields.QuerySelectorAll("dt").SingleOrDefault(dt => dt.TextContent.Trim() == name)
            ?? throw new Xunit.Sdk.XunitException($"The ticket shows no field \"{name}\".");
        return (term.NextElementSibling?.TextContent ?? "").Trim();
    }

    private static string Body(IElement post) => (post.QuerySelector(".ticket-post-body")?.TextContent ?? "").Trim();

    private static IElement Single(IParentNode scope, string selector)
    {
        var matches = scope.QuerySelectorAll(selector);
        Assert.True(matches.Length == 1, $"Expected exactly one \"{selector}\", found {matches.Length}.");
        return matches[0];
    }
}
