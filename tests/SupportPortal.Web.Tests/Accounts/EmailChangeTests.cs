using System.Net;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Accounts.Data;

namespace SupportPortal.Web.Tests.Accounts;

/// <summary>Changing the e-mail address on the profile: the helpdesk moves the tickets first, the account follows.</summary>
public sealed class EmailChangeTests(AccountsFactory portal) : IClassFixture<AccountsFactory>, IDisposable
{
    [Fact]
    public async Task Following_the_link_sent_to_the_new_address_moves_the_tickets_first_then_the_account_and_the_cookie()
    {
        var (user, browser) = await SignedInCustomerAsync();
        await SubmitTicketAsync(user);
        var newEmail = $"moved-{Guid.NewGuid():N}@example.com";
        var accountAtHelpdeskCall = "";
        portal.Helpdesk.OnUpdateEmailAddress = async (_, _) => accountAtHelpdeskCall = (await portal.FindAccountByIdAsync(user.Id))!.Email!;

        var requested = await RequestChangeAsync(browser, newEmail);
        Assert.Empty(portal.Helpdesk.CallsTo(nameof(IHelpdesk.UpdateEmailAddressAsync)));
        var link = PickupMail.Link(PickupMail.SingleTo(portal.MailFolder, newEmail, "Confirm your new e-mail address"), "/account/confirm-email-change");
        var confirmed = await browser.GetDocumentAsync(link.PathAndQuery);

        Assert.Contains("We've sent a confirmation link to", PortalBrowser.Text(await PortalBrowser.ParseAsync(requested)));
        var call = Assert.Single(portal.Helpdesk.CallsTo(nameof(IHelpdesk.UpdateEmailAddressAsync)));
        Assert.Equal([user.Email, newEmail], call.Arguments.Take(2));
        Assert.Equal(user.Email, accountAtHelpdeskCall);
        Assert.Contains($"Your e-mail address is now {newEmail}", PortalBrowser.Text(confirmed));
        Assert.Equal(newEmail, (await portal.FindAccountByIdAsync(user.Id))!.Email);
        Assert.Equal(1, await portal.Services.GetHelpdesk().GetTotalSubmittedTicketsAsync(newEmail));
        var profile = await browser.GetDocumentAsync("/account/profile");
        Assert.Contains($"Your address is {newEmail}", PortalBrowser.Text(profile));
    }

    [Fact]
    public async Task An_address_the_helpdesk_already_knows_minus_15_leaves_the_account_unchanged_with_a_clear_message()
    {
        var (user, browser) = await SignedInCustomerAsync();
        var newEmail = $"taken-{Guid.NewGuid():N}@example.com";
        await RequestChangeAsync(browser, newEmail);
        var link = PickupMail.Link(PickupMail.SingleTo(portal.MailFolder, newEmail, "Confirm your new e-mail address"), "/account/confirm-email-change");
        portal.Helpdesk.FailUpdateEmailAddressWith = HelpdeskError.EmailAlreadyInUse;

        var page = await browser.GetDocumentAsync(link.PathAndQuery);

        Assert.Single(portal.Helpdesk.CallsTo(nameof(IHelpdesk.UpdateEmailAddressAsync)));
        Assert.Contains($"Our support system already has requests under {newEmail}", PortalBrowser.Text(page));
        Assert.Contains("Your address hasn't changed", PortalBrowser.Text(page));
        Assert.Equal(user.Email, (await portal.FindAccountByIdAsync(user.Id))!.Email);
    }

    [Fact]
    public async Task A_customer_without_tickets_minus_3_has_nothing_to_move_and_the_account_changes_anyway()
    {
        var (user, browser) = await SignedInCustomerAsync();
        var newEmail = $"fresh-{Guid.NewGuid():N}@example.com";
        await RequestChangeAsync(browser, newEmail);
        var link = PickupMail.Link(PickupMail.SingleTo(portal.MailFolder, newEmail, "Confirm your new e-mail address"), "/account/confirm-email-change");

        var page = await browser.GetDocumentAsync(link.PathAndQuery);

        Assert.Contains($"Your e-mail address is now {newEmail}", PortalBrowser.Text(page));
        Assert.Equal(newEmail, (await portal.FindAccountByIdAsync(user.Id))!.Email);
    }

    [Fact]
    public async Task A_helpdesk_that_is_down_leaves_the_account_unchanged_and_the_link_usable_later()
    {
        var (user, browser) = await SignedInCustomerAsync();
        var newEmail = $"later-{Guid.NewGuid():N}@example.com";
        await RequestChangeAsync(browser, newEmail);
        var link = PickupMail.Link(PickupMail.SingleTo(portal.MailFolder, newEmail, "Confirm your new e-mail address"), "/account/confirm-email-change");
        portal.Helpdesk.FailUpdateEmailAddressWith = HelpdeskError.Unavailable;

        var down = await browser.GetDocumentAsync(link.PathAndQuery);
        portal.Helpdesk.FailUpdateEmailAddressWith = null;
        var later = await browser.GetDocumentAsync(link.PathAndQuery);

        Assert.Contains("Our support system isn't answering right now", PortalBrowser.Text(down));
        Assert.Contains($"Your e-mail address is now {newEmail}", PortalBrowser.Text(later));
        Assert.Equal(newEmail, (await portal.FindAccountByIdAsync(user.Id))!.Email);
    }

    [Fact]
    public async Task A_forged_link_never_reaches_the_helpdesk()
    {
        var (user, browser) = await SignedInCustomerAsync();

        var page = await browser.GetDocumentAsync($"/account/confirm-email-change?userId={user.Id}&email=thief%40example.com&code=Zm9yZ2Vk");

        Assert.Contains("This confirmation link is not valid any more", PortalBrowser.Text(page));
        Assert.Empty(portal.Helpdesk.CallsTo(nameof(IHelpdesk.UpdateEmailAddressAsync)));
        Assert.Equal(user.Email, (await portal.FindAccountByIdAsync(user.Id))!.Email);
    }

    [Fact]
    public async Task Asking_for_an_address_another_account_has_is_refused_beside_the_field()
    {
        var (_, browser) = await SignedInCustomerAsync();

        var page = await PortalBrowser.ParseAsync(await RequestChangeAsync(browser, "bob@example.com"));

        Assert.Equal("Another account already uses this address.", page.GetElementById("profile-new-email-error")?.TextContent.Trim());
        Assert.Equal("bob@example.com", page.GetElementById("profile-new-email")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Saving_a_new_name_shows_it_in_the_app_bar_straight_away()
    {
        var (_, browser) = await SignedInCustomerAsync();

        var saved = await browser.SubmitAsync("/account/profile", "profile-name", new Dictionary<string, string> { ["NameForm.Name"] = "Renamed Customer" });

        var page = await PortalBrowser.ParseAsync(saved);
        Assert.Contains("Your name has been saved.", PortalBrowser.Text(page));
        var home = await browser.GetDocumentAsync("/");
        Assert.Contains("Renamed Customer", home.QuerySelector("a[href='/account/profile']")?.TextContent);
    }

    public void Dispose()
    {
        portal.Helpdesk.FailUpdateEmailAddressWith = null;
        portal.Helpdesk.OnUpdateEmailAddress = null;
        portal.Helpdesk.Calls.Clear();
    }

    private async Task<(PortalUser User, PortalBrowser Browser)> SignedInCustomerAsync()
    {
        portal.Helpdesk.Calls.Clear();
        var user = await portal.CreateAccountAsync("Profile-pass-1");
        var browser = PortalBrowser.For(portal);
        Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync(user.Email!, "Profile-pass-1")).StatusCode);
        return (user, browser);
    }

    private static Task<HttpResponseMessage> RequestChangeAsync(PortalBrowser browser, string newEmail) =>
        browser.SubmitAsync("/account/profile", "profile-email", new Dictionary<string, string> { ["EmailForm.NewEmail"] = newEmail });

    private async Task SubmitTicketAsync(PortalUser user)
    {
        var helpdesk = portal.Services.GetHelpdesk();
        var general = (await helpdesk.GetDepartmentsAsync()).Single(d => d.Title == "General Support");
        var priority = (await helpdesk.GetPrioritiesAsync()).First();
        await helpdesk.SubmitTicketAsync(new NewTicket(user.Email!, user.DisplayName, general.Id, priority.Id, "Before the move", "A ticket that must follow the customer."));
    }
}

internal static class HelpdeskServices
{
    public static IHelpdesk GetHelpdesk(this IServiceProvider services) =>
        (IHelpdesk)services.GetService(typeof(IHelpdesk))!;
}
