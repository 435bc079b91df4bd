using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SupportPortal.Tests.Shared;
using SupportPortal.Web.Reliability;
using static Microsoft.Playwright.Assertions;

namespace SupportPortal.E2E;

/// <summary>The new-ticket form while the helpdesk cannot take tickets: the customer is told the ticket is queued.</summary>
public sealed class QueuedTicketTests(QueuedTicketTests.OutagePortalFixture portal) : IClassFixture<QueuedTicketTests.OutagePortalFixture>
{
    [Fact]
    public async Task Alice_submitting_during_an_outage_is_told_her_ticket_is_queued_instead_of_a_number()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/tickets/new");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await page.GetByLabel("Email").FillAsync("alice@example.com");
        await page.GetByLabel("Password").FillAsync("Demo-pass-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/tickets/new$"));
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Submit ticket" });
        await Expect(submit).ToBeEnabledAsync();

        await page.GetByLabel("Subject (required)").FillAsync("Invoice missing during the outage");
        await page.GetByLabel("Message (required)").FillAsync("The November invoice is not in my account.");
        await submit.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you, we have your ticket" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(page.GetByText("Queued — will be sent when the support system is back.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^View ticket") })).ToHaveCountAsync(0);

        await using var scope = portal.Server.Services.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<TicketSubmissions>().GetQueuedAsync("alice@example.com");
        Assert.Contains(queued, write => write.Subject == "Invoice missing during the outage");
        await page.Context.CloseAsync();
    }

    /// <summary>The portal with a helpdesk that reads as usual but refuses every new ticket as unreachable.</summary>
    public sealed class OutagePortalFixture : EmbeddedPortalFixture
    {
        protected override void ConfigureServices(IServiceCollection services)
        {
            services.DecorateHelpdesk((_, inner) => SubmissionOutage.Wrap(inner));
        }
    }
}
