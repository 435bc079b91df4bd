using Microsoft.Extensions.Options;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Helpdesk;
using SupportPortal.Web.Reliability;
using SupportPortal.Web.Support;
using SupportPortal.Web.Tickets.Uploads;

namespace SupportPortal.Web.Tickets;

/// <summary>
/// The server side of the new-ticket form. Checks a draft with the same rules the form applies as the customer types
/// (<see cref="CustomFieldRules"/> for custom fields), turns upload tokens into attachments, submits through
/// <see cref="TicketSubmissions"/> (which queues the ticket while the helpdesk is out of reach), and maps whatever the
/// helpdesk refuses to the part of the form it concerns.
/// </summary>
public sealed class TicketSubmission(
    CurrentHelpdesk currentHelpdesk,
    TicketSubmissions submissions,
    ReferenceDataCache reference,
    UploadStore uploads,
    IOptions<UploadOptions> uploadOptions,
    ILogger<TicketSubmission> logger)
{
    public const int MaxSubjectLength = 255;

    private readonly IHelpdesk helpdesk = currentHelpdesk.Helpdesk;

    public async Task<DraftOutcome> SubmitAsync(Customer customer, TicketDraft draft, CancellationToken cancellationToken)
    {
        var problems = await CheckAsync(draft, cancellationToken);
        if (problems.Count > 0)
        {
            return new DraftOutcome(null, problems);
        }

        IReadOnlyList<AttachmentUpload> attachments;
        try
        {
            attachments = uploads.Claim(customer.Email, draft.UploadTokens);
        }
        catch (UploadUnavailableException)
        {
            return DraftOutcome.Refused(new DraftProblem(DraftPart.Attachments, HelpdeskError.AttachmentNotFound));
        }

        var ticket = new NewTicket(customer.Email, customer.Name, draft.DepartmentId, draft.PriorityId, draft.Subject.Trim(), draft.Message)
        {
            CustomFields = draft.CustomFields,
            Attachments = attachments,
        };

        try
        {
            var result = await submissions.SubmitAsync(ticket, cancellationToken);

            // Delivered or queued, the helpdesk or the outbox now holds its own copies of the files.
            uploads.DeleteAll(customer.Email, draft.UploadTokens);
            return new DraftOutcome(result, []);
        }
        catch (HelpdeskException exception)
        {
            logger.LogWarning(exception, "A new ticket was refused: {Error}", exception.Error);
            if (exception.Error is HelpdeskError.InvalidDepartment or HelpdeskError.InvalidPriority or HelpdeskError.CustomFieldNotFound)
            {
                // Our cached lists are out of date; the next form should see the helpdesk's current ones.
                await reference.ForgetAllAsync(cancellationToken);
            }

            return DraftOutcome.Refused(ProblemFor(exception, draft));
        }
    }

    /// <summary>Every problem of the draft, as the form shows them; empty when it can be submitted.</summary>
    public async Task<IReadOnlyList<DraftProblem>> CheckAsync(TicketDraft draft, CancellationToken cancellationToken)
    {
        var problems = new List<DraftProblem>();
        var departments = await reference.GetDepartmentsAsync(cancellationToken);
        var department = departments.FirstOrDefault(d => d.Id == draft.DepartmentId && d.IsPublic);
        if (department is null)
        {
            problems.Add(new DraftProblem(DraftPart.Department, HelpdeskError.InvalidDepartment));
        }

        var priorities = await reference.GetPrioritiesAsync(cancellationToken);
        if (!priorities.Any(p => p.Id == draft.PriorityId && p.IsPublic))
        {
            problems.Add(new DraftProblem(DraftPart.Priority, HelpdeskError.InvalidPriority));
        }

        if (string.IsNullOrWhiteSpace(draft.Subject))
        {
            problems.Add(new DraftProblem(DraftPart.Subject, HelpdeskError.MissingTicketInformation));
        }
        else if (draft.Subject.Trim().Length > MaxSubjectLength)
        {
            problems.Add(new DraftProblem(DraftPart.Subject, null));
        }

        if (string.IsNullOrWhiteSpace(draft.Message))
        {
            problems.Add(new DraftProblem(DraftPart.Message, HelpdeskError.MissingTicketInformation));
        }

        if (department is not null)
        {
            var groups = await reference.GetDepartmentCustomFieldsAsync(department.Id, cancellationToken);
            problems.AddRange(CheckCustomFields(groups, draft.CustomFields));
        }

        if (draft.UploadTokens.Count > uploadOptions.Value.MaxFiles)
        {
            problems.Add(new DraftProblem(DraftPart.Attachments, null));
        }
        else if (draft.UploadTokens.Count > 0 && !helpdesk.Capabilities.AttachmentsOnSubmit)
        {
            problems.Add(new DraftProblem(DraftPart.Attachments, HelpdeskError.Misconfigured));
        }

        return problems;
    }

    /// <summary>
    /// <see cref="CustomFieldRules.CheckSubmission"/> stops at the first problem; the form wants them all, so each field
    /// goes through the same <see cref="CustomFieldRules.CheckValue"/> on its own.
    /// </summary>
    public static IEnumerable<DraftProblem> CheckCustomFields(IReadOnlyList<CustomFieldGroup> groups, IReadOnlyList<CustomFieldAnswer> answers)
    {
        var fields = groups.SelectMany(g => g.Fields).ToDictionary(f => f.Id);
        var answered = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var answer in answers)
        {
            if (!fields.ContainsKey(answer.FieldId))
            {
                yield return new DraftProblem(DraftPart.Whole, HelpdeskError.CustomFieldNotFound, answer.FieldId);
                continue;
            }

            answered[answer.FieldId] = answer.Values;
        }

        foreach (var group in groups.OrderBy(g => g.DisplayOrder))
        {
            foreach (var field in group.Fields.OrderBy(f => f.DisplayOrder))
            {
                if (Check(field, answered.GetValueOrDefault(field.Id) ?? []) is { } problem)
                {
                    yield return problem;
                }
            }
        }
    }

    /// <summary>The problem with one field's values under <see cref="CustomFieldRules"/>, or null.</summary>
    public static DraftProblem? Check(CustomField field, IReadOnlyList<string> values)
    {
        try
        {
            CustomFieldRules.CheckValue(field, values);
            return null;
        }
        catch (HelpdeskException exception)
        {
            return new DraftProblem(DraftPart.CustomField, exception.Error, field.Id, exception.Message);
        }
    }

    private static DraftProblem ProblemFor(HelpdeskException exception, TicketDraft draft) => exception switch
    {
        { FieldId: { } fieldId } => new DraftProblem(DraftPart.CustomField, exception.Error, fieldId, exception.Message),
        { Error: HelpdeskError.InvalidDepartment } => new DraftProblem(DraftPart.Department, exception.Error),
        { Error: HelpdeskError.InvalidPriority or HelpdeskError.PriorityNotFound } => new DraftProblem(DraftPart.Priority, exception.Error),
        { Error: HelpdeskError.MissingTicketInformation } when string.IsNullOrWhiteSpace(draft.Subject) => new DraftProblem(DraftPart.Subject, exception.Error),
        { Error: HelpdeskError.MissingTicketInformation } when string.IsNullOrWhiteSpace(draft.Message) => new DraftProblem(DraftPart.Message, exception.Error),
        { Error: HelpdeskError.AttachmentFetchFailed or HelpdeskError.AttachmentNotFound } => new DraftProblem(DraftPart.Attachments, exception.Error),
        _ => new DraftProblem(DraftPart.Whole, exception.Error),
    };
}
