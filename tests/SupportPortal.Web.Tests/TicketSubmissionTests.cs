using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability;
using SupportPortal.Web.Support;
using SupportPortal.Web.Tickets;
using SupportPortal.Web.Tickets.Uploads;

namespace SupportPortal.Web.Tests;

/// <summary>The server side of the new-ticket form against the embedded helpdesk with its demo data.</summary>
public sealed class TicketSubmissionTests(UploadPortalFactory portal) : IClassFixture<UploadPortalFactory>
{
    private readonly Customer alice = new("alice@example.com", "Alice Customer");

    [Fact]
    public async Task Anonymous_visitor_of_the_new_ticket_page_is_challenged_and_sees_no_form()
    {
        using var anonymous = portal.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await anonymous.GetAsync("/tickets/new");

        Assert.True(
            response.StatusCode == HttpStatusCode.Unauthorized
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/login", StringComparison.Ordinal)),
            $"Expected a challenge, got {(int)response.StatusCode}.");
        Assert.DoesNotContain("Submit ticket", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signed_in_customer_gets_the_form_with_the_default_department_preselected()
    {
        using var customer = await CustomerClient.SignInAsync(portal, alice.Email);

        var html = await customer.Http.GetStringAsync("/tickets/new");

        Assert.Contains("Department (required)", html);
        Assert.Contains(">General Support</div>", html);
        Assert.Contains("Subject (required)", html);
    }

    [Fact]
    public async Task Submit_missing_a_required_custom_field_is_refused_with_that_fields_message_and_creates_no_ticket()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var (technical, fields) = await TechnicalSupportAsync(scope);
        var helpdesk = scope.ServiceProvider.GetRequiredService<IHelpdesk>();
        var ticketsBefore = await helpdesk.GetTotalSubmittedTicketsAsync(alice.Email);
        var answers = ValidAnswers(fields).Where(a => a.FieldId != fields["Product version"].Id).ToList();

        var outcome = await Submit(scope, Draft(technical, answers));

        Assert.Null(outcome.Result);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(DraftPart.CustomField, problem.Part);
        Assert.Equal(fields["Product version"].Id, problem.CustomFieldId);
        Assert.Equal(HelpdeskError.RequiredCustomFieldEmpty, problem.Error);
        Assert.Equal("\"Product version\" is required.", problem.Message);
        Assert.Equal(ticketsBefore, await helpdesk.GetTotalSubmittedTicketsAsync(alice.Email));
    }

    [Fact]
    public async Task Every_broken_rule_is_reported_at_once_beside_its_part_of_the_form()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var (technical, fields) = await TechnicalSupportAsync(scope);
        var answers = ValidAnswers(fields)
            .Where(a => a.FieldId != fields["Severity"].Id)
            .Select(a => a.FieldId == fields["Product"].Id ? new CustomFieldAnswer(a.FieldId, "Widget Ultra") : a)
            .ToList();

        var outcome = await Submit(scope, Draft(technical, answers) with { Subject = " ", Message = "", PriorityId = 999 });

        Assert.Equal(
            [
                (DraftPart.Priority, (int?)null, HelpdeskError.InvalidPriority),
                (DraftPart.Subject, null, HelpdeskError.MissingTicketInformation),
                (DraftPart.Message, null, HelpdeskError.MissingTicketInformation),
                (DraftPart.CustomField, fields["Severity"].Id, HelpdeskError.RequiredCustomFieldEmpty),
                (DraftPart.CustomField, fields["Product"].Id, HelpdeskError.InvalidCustomFieldValue),
            ],
            outcome.Problems.Select(p => (p.Part, p.CustomFieldId, p.Error!.Value)));
        Assert.Equal("\"Widget Ultra\" is not an option of \"Product\".", outcome.Problems[^1].Message);
    }

    [Fact]
    public async Task Submit_turns_upload_tokens_into_attachments_and_deletes_the_waiting_files()
    {
        using var customer = await CustomerClient.SignInAsync(portal, alice.Email);
        var screenshot = await customer.UploadAcceptedAsync("screenshot.png", new byte[4096]);
        var log = await customer.UploadAcceptedAsync("install.log", "installer stopped"u8.ToArray());
        await using var scope = portal.Services.CreateAsyncScope();
        var (technical, fields) = await TechnicalSupportAsync(scope);

        var outcome = await Submit(scope, Draft(technical, ValidAnswers(fields)) with { UploadTokens = [screenshot.Token, log.Token] });

        var submitted = Assert.IsType<SubmissionResult.Delivered>(outcome.Result);
        Assert.Empty(outcome.Problems);
        var ticket = await scope.ServiceProvider.GetRequiredService<IHelpdesk>().GetSubmittedTicketAsync(alice.Email, submitted.TicketId);
        Assert.Equal(submitted.Mask, ticket.Mask);
        Assert.Equal(
            [("install.log", "text/plain", 17L), ("screenshot.png", "image/png", 4096L)],
            Assert.Single(ticket.Posts).Attachments.Select(a => (a.Name, a.ContentType, a.Size)).OrderBy(a => a.Name));
        Assert.False(File.Exists(Path.Combine(portal.UploadFolder, screenshot.Token + ".upload")));
        Assert.False(File.Exists(Path.Combine(portal.UploadFolder, log.Token + ".upload")));
    }

    [Fact]
    public async Task Another_customers_upload_token_is_refused_and_nothing_is_submitted()
    {
        using var bob = await CustomerClient.SignInAsync(portal, "bob@example.com");
        var bobsFile = await bob.UploadAcceptedAsync("bob-private.pdf", new byte[100]);
        await using var scope = portal.Services.CreateAsyncScope();
        var (technical, fields) = await TechnicalSupportAsync(scope);
        var helpdesk = scope.ServiceProvider.GetRequiredService<IHelpdesk>();
        var ticketsBefore = await helpdesk.GetTotalSubmittedTicketsAsync(alice.Email);

        var outcome = await Submit(scope, Draft(technical, ValidAnswers(fields)) with { UploadTokens = [bobsFile.Token] });

        Assert.Null(outcome.Result);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((DraftPart.Attachments, HelpdeskError.AttachmentNotFound), (problem.Part, problem.Error));
        Assert.Equal(ticketsBefore, await helpdesk.GetTotalSubmittedTicketsAsync(alice.Email));
        Assert.NotNull(portal.Services.GetRequiredService<UploadStore>().Find("bob@example.com", bobsFile.Token));
    }

    private async Task<DraftOutcome> Submit(AsyncServiceScope scope, TicketDraft draft) =>
        await scope.ServiceProvider.GetRequiredService<TicketSubmission>().SubmitAsync(alice, draft, CancellationToken.None);

    private static async Task<(Department Technical, Dictionary<string, CustomField> Fields)> TechnicalSupportAsync(AsyncServiceScope scope)
    {
        var reference = scope.ServiceProvider.GetRequiredService<ReferenceDataCache>();
        var technical = (await reference.GetDepartmentsAsync()).Single(d => d.Title == "Technical Support");
        var groups = await reference.GetDepartmentCustomFieldsAsync(technical.Id);
        return (technical, groups.SelectMany(g => g.Fields).ToDictionary(f => f.Title));
    }

    private static List<CustomFieldAnswer> ValidAnswers(Dictionary<string, CustomField> fields) =>
    [
        new(fields["Product version"].Id, "4.2.1"),
        new(fields["Severity"].Id, "High impact"),
        new(fields["Product"].Id, "Widget Lite"),
        new(fields["Modules"].Id, ["Billing", "API"]),
    ];

    private static TicketDraft Draft(Department department, IReadOnlyList<CustomFieldAnswer> answers) =>
        new(department.Id, 1, "Export fails", "The PDF export stops halfway.", answers, []);
}
