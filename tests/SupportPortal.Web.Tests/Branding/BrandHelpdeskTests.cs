using System.Diagnostics.Metrics;
using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Accounts;
using SupportPortal.Web.Accounts.Data;
using SupportPortal.Web.Helpdesk;
using SupportPortal.Web.Reliability;
using SupportPortal.Web.Support;
using SupportPortal.Web.Tickets;
using SupportPortal.Web.Tests.Tickets;

namespace SupportPortal.Web.Tests.Branding;

/// <summary>
/// Two brands with their own helpdesks in one instance: each host shows its own helpdesk's knowledge base, departments
/// and tickets, and nothing of the other's; writes (direct or queued) land in the helpdesk of the host they came from.
/// </summary>
public sealed class BrandHelpdeskTests(BrandHelpdesksFactory portal) : IClassFixture<BrandHelpdesksFactory>
{
    private const string Contoso = "support.contoso.test";
    private const string Tailspin = BrandHelpdesksFactory.TailspinHost;
    private const string Alice = SignedInPortalFactory.Alice;

    private IHelpdesk ContosoHelpdesk => portal.Services.GetRequiredService<IHelpdesk>();

    [Fact]
    public async Task Each_host_shows_the_knowledge_base_of_its_own_helpdesk()
    {
        var contosoTitles = (await ContosoHelpdesk.GetKnowledgeBaseCategoriesAsync(0)).Categories.Select(c => c.Title).ToList();
        var tailspinTitles = (await portal.TailspinHelpdesk.GetKnowledgeBaseCategoriesAsync(0)).Categories.Select(c => c.Title).ToList();
        Assert.NotEmpty(contosoTitles);
        Assert.All(tailspinTitles, title => Assert.StartsWith(BrandHelpdesksFactory.DataPrefix, title));

        var contosoPage = await PageAsync(Contoso, "/kb");
        var tailspinPage = await PageAsync(Tailspin, "/kb");

        Assert.All(contosoTitles, title => Assert.Contains(title, contosoPage));
        Assert.DoesNotContain("Tailspin", contosoPage);
        Assert.All(tailspinTitles, title => Assert.Contains(title, tailspinPage));
        Assert.All(contosoTitles, title => Assert.DoesNotMatch($"(?<!{BrandHelpdesksFactory.DataPrefix}){Regex.Escape(title)}", tailspinPage));
    }

    [Fact]
    public async Task An_article_of_one_helpdesk_is_not_found_under_the_other_host_by_search()
    {
        // Hits mark the words found: compare the text a reader sees.
        var tailspinHits = Text(await PageAsync(Tailspin, "/kb/search?q=tailspin"));
        var contosoHits = await PageAsync(Contoso, "/kb/search?q=tailspin");

        var tailspinArticles = await ArticleTitlesAsync(portal.TailspinHelpdesk);
        Assert.Contains(tailspinArticles, title => tailspinHits.Contains(title, StringComparison.Ordinal));
        Assert.DoesNotContain("Tailspin", contosoHits);

        // A word in both knowledge bases: each host finds its own copy only.
        var word = (await ArticleTitlesAsync(ContosoHelpdesk)).First().Split(' ')[0];
        var contosoWordHits = await PageAsync(Contoso, $"/kb/search?q={Uri.EscapeDataString(word)}");
        var tailspinWordHits = await PageAsync(Tailspin, $"/kb/search?q={Uri.EscapeDataString(word)}");
        Assert.DoesNotContain("Tailspin", contosoWordHits);
        Assert.Contains("Tailspin", tailspinWordHits);
    }

    [Fact]
    public async Task A_customer_sees_only_the_tickets_of_the_helpdesk_of_the_host_they_are_on()
    {
        var contosoTickets = await ContosoHelpdesk.GetSubmittedTicketsAsync(Alice, TicketQuery.Default with { PageSize = 10 });
        var tailspinTicket = await SubmitToTailspinAsync($"Tailspin only {Guid.NewGuid():N}");

        var onContoso = await PageAsync(Contoso, "/tickets", Alice);
        var onTailspin = await PageAsync(Tailspin, "/tickets", Alice);

        Assert.All(contosoTickets, ticket => Assert.Contains($"href=\"/tickets/{ticket.Id}\"", onContoso));
        Assert.DoesNotContain($"href=\"/tickets/{tailspinTicket}\"", onContoso);
        Assert.Contains($"href=\"/tickets/{tailspinTicket}\"", onTailspin);
        Assert.All(contosoTickets, ticket => Assert.DoesNotContain($"href=\"/tickets/{ticket.Id}\"", onTailspin));
    }

    [Fact]
    public async Task A_ticket_of_one_helpdesk_is_the_same_404_under_the_other_host_as_a_missing_one()
    {
        var contosoTicket = (await ContosoHelpdesk.GetSubmittedTicketsAsync(Alice, TicketQuery.Default)).First().Id;
        var tailspin = portal.ClientFor(Tailspin, Alice);

        var other = await tailspin.GetAsync($"/tickets/{contosoTicket}");
        var missing = await tailspin.GetAsync("/tickets/99999999");
        var own = await portal.ClientFor(Contoso, Alice).GetAsync($"/tickets/{contosoTicket}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(Body(await missing.Content.ReadAsStringAsync()), Body(await other.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task An_interactive_page_on_the_brand_host_uses_the_brand_helpdesk_without_a_request()
    {
        // A circuit's scope: no HttpContext, only the page's address.
        await using var circuit = portal.CircuitOn(Tailspin);

        var departments = await circuit.ServiceProvider.GetRequiredService<ReferenceDataCache>().GetDepartmentsAsync();

        Assert.Equal(Tailspin, circuit.ServiceProvider.GetRequiredService<CurrentHelpdesk>().Key);
        Assert.NotEmpty(departments);
        Assert.All(departments, d => Assert.StartsWith(BrandHelpdesksFactory.DataPrefix, d.Title));
    }

    [Fact]
    public async Task The_new_ticket_form_on_the_brand_host_submits_to_the_brand_helpdesk_only()
    {
        var subject = $"Form on Tailspin {Guid.NewGuid():N}";

        var id = await SubmitThroughFormAsync(Tailspin, subject);

        Assert.True(id >= BrandHelpdesksFactory.FirstTailspinTicketId);
        Assert.Equal(subject, (await portal.TailspinHelpdesk.GetSubmittedTicketAsync(Alice, id)).Subject);
        var contoso = await ContosoHelpdesk.GetSubmittedTicketsAsync(Alice, TicketQuery.Default with { PageSize = 100 });
        Assert.DoesNotContain(contoso, t => t.Subject == subject);
    }

    [Fact]
    public async Task A_ticket_queued_on_the_brand_host_is_delivered_to_the_brand_helpdesk_by_the_outbox()
    {
        var subject = $"Queued on Tailspin {Guid.NewGuid():N}";
        portal.TailspinSubmissionsDown = true;
        try
        {
            await using var circuit = portal.CircuitOn(Tailspin);
            var draft = await DraftAsync(circuit.ServiceProvider, subject);
            var outcome = await circuit.ServiceProvider.GetRequiredService<TicketSubmission>().SubmitAsync(new Customer(Alice, "Alice Customer"), draft, CancellationToken.None);
            var queued = Assert.IsType<SubmissionResult.Queued>(outcome.Result);

            // Queued for Tailspin: listed on its host, not on Contoso's.
            Assert.Contains(await circuit.ServiceProvider.GetRequiredService<TicketSubmissions>().GetQueuedAsync(Alice), w => w.OutboxId == queued.OutboxId);
            await using var contoso = portal.CircuitOn(Contoso);
            Assert.DoesNotContain(await contoso.ServiceProvider.GetRequiredService<TicketSubmissions>().GetQueuedAsync(Alice), w => w.OutboxId == queued.OutboxId);
        }
        finally
        {
            portal.TailspinSubmissionsDown = false;
        }

        var delivered = await EventuallyAsync(async () =>
            (await portal.TailspinHelpdesk.GetSubmittedTicketsAsync(Alice, TicketQuery.Default with { PageSize = 100 })).FirstOrDefault(t => t.Subject == subject));
        Assert.True(delivered.Id >= BrandHelpdesksFactory.FirstTailspinTicketId);
        var contosoTickets = await ContosoHelpdesk.GetSubmittedTicketsAsync(Alice, TicketQuery.Default with { PageSize = 100 });
        Assert.DoesNotContain(contosoTickets, t => t.Subject == subject);
    }

    [Fact]
    public async Task Readyz_names_the_brand_whose_own_helpdesk_fails()
    {
        var client = portal.ClientFor(Contoso, null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        HttpResponseMessage response;
        portal.TailspinDown = true;
        try
        {
            response = await client.GetAsync("/readyz");
        }
        finally
        {
            portal.TailspinDown = false;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal($"Unhealthy\nhelpdesk of brand {Tailspin}: Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_brand_without_a_helpdesk_of_its_own_shares_the_default_one()
    {
        var contosoTitles = (await ContosoHelpdesk.GetKnowledgeBaseCategoriesAsync(0)).Categories.Select(c => c.Title).ToList();

        var page = await PageAsync(BrandHelpdesksFactory.SharedHost, "/kb");

        Assert.Contains("Shared Help", page);
        Assert.All(contosoTitles, title => Assert.Contains(title, page));
        Assert.DoesNotContain("Tailspin", page);
        await using var circuit = portal.CircuitOn(BrandHelpdesksFactory.SharedHost);
        Assert.Equal(HelpdeskDirectory.DefaultKey, circuit.ServiceProvider.GetRequiredService<CurrentHelpdesk>().Key);
    }

    [Fact]
    public async Task Changing_an_accounts_email_moves_its_tickets_in_every_helpdesk()
    {
        var oldEmail = $"mover-{Guid.NewGuid():N}@example.com";
        var newEmail = $"moved-{Guid.NewGuid():N}@example.com";
        foreach (var helpdesk in new[] { ContosoHelpdesk, portal.TailspinHelpdesk })
        {
            var department = (await helpdesk.GetDepartmentsAsync()).First();
            var priority = (await helpdesk.GetPrioritiesAsync()).First();
            await helpdesk.SubmitTicketAsync(new NewTicket(oldEmail, "Mover", department.Id, priority.Id, "Before the move", "Must follow the customer."));
        }

        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = oldEmail, Email = oldEmail, DisplayName = "Mover", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, "Correct-horse-1")).Succeeded);
        var link = AccountLinks.ConfirmEmailChange("http://localhost/", user.Id, newEmail, await users.GenerateChangeEmailTokenAsync(user, newEmail));
        var code = QueryHelpers.ParseQuery(new Uri(link).Query)["code"];

        var outcome = await scope.ServiceProvider.GetRequiredService<EmailAddressChange>().ConfirmAsync(user.Id, newEmail, code, new ClaimsPrincipal(), CancellationToken.None);

        Assert.Equal(EmailChangeOutcome.Changed, outcome);
        Assert.Equal(1, await ContosoHelpdesk.GetTotalSubmittedTicketsAsync(newEmail));
        Assert.Equal(1, await portal.TailspinHelpdesk.GetTotalSubmittedTicketsAsync(newEmail));
    }

    [Fact]
    public async Task A_vote_in_one_helpdesk_clears_its_own_cached_category_page_and_not_the_other_hosts()
    {
        // Tailspin's knowledge base is a copy of the demo one: the same category and article ids exist in both.
        var (category, article) = await CategoryWithAnArticleAsync(portal.TailspinHelpdesk);
        var path = $"/kb/category/{category}";
        await CachedCopyAsync(Contoso, path);
        await CachedCopyAsync(Tailspin, path);

        await using (var circuit = portal.CircuitOn(Tailspin))
        {
            await circuit.ServiceProvider.GetRequiredService<CurrentKnowledgeBase>().Service.RateAsync(article, helpful: true, CancellationToken.None);
        }

        Assert.True((await portal.ClientFor(Contoso, null).GetAsync(path)).Headers.Age.HasValue, "A vote in Tailspin's helpdesk cleared Contoso's cached page.");
        Assert.False((await portal.ClientFor(Tailspin, null).GetAsync(path)).Headers.Age.HasValue, "Tailspin's page still came from the cache after the vote.");
    }

    [Fact]
    public async Task Calls_to_each_helpdesk_are_measured_under_its_own_key()
    {
        var measured = new List<string?>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == PortalMeter.Name && instrument.Name == "supportportal.helpdesk.call.duration")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            var function = Tag(tags, "function");
            if (function == "GetStatuses")
            {
                lock (measured)
                {
                    measured.Add(Tag(tags, "helpdesk"));
                }
            }
        });
        listener.Start();

        await portal.TailspinHelpdesk.GetStatusesAsync();
        await ContosoHelpdesk.GetStatusesAsync();

        lock (measured)
        {
            Assert.Contains(Tailspin, measured);
            Assert.Contains(HelpdeskDirectory.DefaultKey, measured);
        }
    }

    private static async Task<(int Category, int Article)> CategoryWithAnArticleAsync(IHelpdesk helpdesk)
    {
        foreach (var category in (await helpdesk.GetKnowledgeBaseCategoriesAsync(0)).Categories)
        {
            if ((await helpdesk.GetKnowledgeBaseArticlesAsync(category.Id)).FirstOrDefault() is { } article)
            {
                return (category.Id, article.Id);
            }
        }

        throw new InvalidOperationException("The knowledge base has no article in a top-level category.");
    }

    /// <summary>Asks for an anonymous page until the output cache serves it.</summary>
    private async Task CachedCopyAsync(string host, string path)
    {
        var client = portal.ClientFor(host, null);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (response.Headers.Age.HasValue)
            {
                return;
            }
        }

        Assert.Fail($"{host}{path} was not served from the output cache.");
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value as string;
            }
        }

        return null;
    }

    private async Task<string> PageAsync(string host, string path, string? email = null)
    {
        var response = await portal.ClientFor(host, email).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<int> SubmitToTailspinAsync(string subject) => await SubmitThroughFormAsync(Tailspin, subject);

    private async Task<int> SubmitThroughFormAsync(string host, string subject)
    {
        await using var circuit = portal.CircuitOn(host);
        var draft = await DraftAsync(circuit.ServiceProvider, subject);
        var outcome = await circuit.ServiceProvider.GetRequiredService<TicketSubmission>().SubmitAsync(new Customer(Alice, "Alice Customer"), draft, CancellationToken.None);
        return Assert.IsType<SubmissionResult.Delivered>(outcome.Result).TicketId;
    }

    private static async Task<TicketDraft> DraftAsync(IServiceProvider services, string subject)
    {
        var reference = services.GetRequiredService<ReferenceDataCache>();
        var general = (await reference.GetDepartmentsAsync()).Single(d => d.Title.EndsWith("General Support", StringComparison.Ordinal));
        var priority = (await reference.GetPrioritiesAsync()).First();
        return new TicketDraft(general.Id, priority.Id, subject, "Written on the brand's own host.", [], []);
    }

    private static async Task<IReadOnlyList<string>> ArticleTitlesAsync(IHelpdesk helpdesk)
    {
        var titles = new List<string>();
        foreach (var category in (await helpdesk.GetKnowledgeBaseCategoriesAsync(0)).Categories)
        {
            titles.AddRange((await helpdesk.GetKnowledgeBaseArticlesAsync(category.Id)).Select(a => a.Subject));
        }

        return titles;
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(100, giveUp.Token);
        }
    }

    private static string Text(string html) => Regex.Replace(html, "<[^>]+>", "");

    // The page without the parts that differ per response (antiforgery tokens, ids).
    private static string Body(string html) => Regex.Replace(Regex.Match(html, "<main[\\s\\S]*</main>").Value, "value=\"[^\"]*\"", "");
}
