using SupportPortal.Helpdesk;
using SupportPortal.Web.Reliability;

namespace SupportPortal.Web.Tickets;

/// <summary>What the new-ticket form sends: the customer comes from the sign-in, never from here.</summary>
public sealed record TicketDraft(
    int DepartmentId,
    int PriorityId,
    string Subject,
    string Message,
    IReadOnlyList<CustomFieldAnswer> CustomFields,
    IReadOnlyList<string> UploadTokens);

/// <summary>The part of the form a problem belongs to, so the page can show it beside that part.</summary>
public enum DraftPart
{
    Department,
    Priority,
    Subject,
    Message,
    CustomField,
    Attachments,
    Whole,
}

/// <summary>
/// One reason a draft was refused. <paramref name="CustomFieldId"/> names the field for <see cref="DraftPart.CustomField"/>;
/// <paramref name="Message"/> is the custom field rule's own sentence there, and null where the page words it itself.
/// </summary>
public sealed record DraftProblem(DraftPart Part, HelpdeskError? Error, int? CustomFieldId = null, string? Message = null);

/// <summary>
/// The outcome of a submit: the ticket delivered to the helpdesk or queued until it is back, or the problems to show
/// (never both).
/// </summary>
public sealed record DraftOutcome(SubmissionResult? Result, IReadOnlyList<DraftProblem> Problems)
{
    public static DraftOutcome Refused(params DraftProblem[] problems) => new(null, problems);
}
