using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability;
using SupportPortal.Web.Support;
using SupportPortal.Web.Tickets;
using SupportPortal.Web.Tests.Tickets;

namespace SupportPortal.Web.Tests.Branding;

/// <summary>
/// A brand whose own helpdesk is a Kayako Classic while the default brand runs on the embedded one: the brand's host
/// reads and writes Kayako over its REST API, the default host never sees what went there.
/// </summary>
public sealed class BrandOnKayakoClassicTests(KayakoBrandPortal instance) : IClassFixture<KayakoBrandPortal>
{
    private const string Fabrikam = KayakoBrandPortal.FabrikamHost;
    private const string Contoso = "support.contoso.test";
    private const string Alice = SignedInPortalFactory.Alice;

    private SignedInPortalFactory Portal => instance.Portal;

    [Fact]
    public async Task A_ticket_written_on_the_brand_host_goes_to_kayako_and_is_listed_there_only()
    {
        var subject = $"Fabrikam via Kayako {Guid.NewGuid():N}";
        var submitted = instance.Kayako.Requests["POST /Tickets/Ticket"];

        await using (var circuit = Portal.CircuitOn(Fabrikam))
        {
            var reference = circuit.ServiceProvider.GetRequiredService<ReferenceDataCache>();
            var department = (await reference.GetDepartmentsAsync()).First();
            var priority = (await reference.GetPrioritiesAsync()).First();
            var draft = new TicketDraft(department.Id, priority.Id, subject, "Written on Fabrikam's host.", [], []);
            var outcome = await circuit.ServiceProvider.GetRequiredService<TicketSubmission>().SubmitAsync(new Customer(Alice, "Alice Customer"), draft, CancellationToken.None);
            Assert.IsType<SubmissionResult.Delivered>(outcome.Result);
        }

        Assert.Equal(submitted + 1, instance.Kayako.Requests["POST /Tickets/Ticket"]);
        Assert.Contains(subject, await TicketListAsync(Fabrikam));
        Assert.DoesNotContain(subject, await TicketListAsync(Contoso));
        var embedded = await Portal.Services.GetRequiredService<IHelpdesk>().GetSubmittedTicketsAsync(Alice, TicketQuery.Default with { PageSize = 100 });
        Assert.DoesNotContain(embedded, ticket => ticket.Subject == subject);
    }

    [Fact]
    public async Task The_default_host_does_not_call_kayako_for_its_pages()
    {
        // Warm both hosts' caches first, so only a page's own calls could reach Kayako afterwards.
        await TicketListAsync(Fabrikam);
        await TicketListAsync(Contoso);
        var before = instance.Kayako.Requests["GET /Tickets/Ticket/ListAll"];

        await TicketListAsync(Contoso);
        var afterDefault = instance.Kayako.Requests["GET /Tickets/Ticket/ListAll"];
        await TicketListAsync(Fabrikam);

        Assert.Equal(before, afterDefault);
        Assert.True(instance.Kayako.Requests["GET /Tickets/Ticket/ListAll"] > afterDefault, "The brand host's ticket list did not ask Kayako.");
    }

    [Fact]
    public async Task Readyz_names_the_brand_when_its_kayako_does_not_answer()
    {
        var client = Portal.ClientFor(Contoso, null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        HttpResponseMessage response;
        instance.Kayako.Down = true;
        try
        {
            response = await client.GetAsync("/readyz");
        }
        finally
        {
            instance.Kayako.Down = false;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal($"Unhealthy\nhelpdesk of brand {Fabrikam}: Unhealthy", await response.Content.ReadAsStringAsync());
    }

    private async Task<string> TicketListAsync(string host)
    {
        var response = await Portal.ClientFor(host, Alice).GetAsync("/tickets");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
