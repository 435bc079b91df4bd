namespace SupportPortal.Helpdesk;

/// <summary>A helpdesk call that failed for a reason the portal can name.</summary>
public sealed class HelpdeskException : Exception
{
    public HelpdeskException(HelpdeskError error, string? message = null, Exception? innerException = null)
        : base(message ?? DefaultMessage(error), innerException)
    {
        Error = error;
    }

    public HelpdeskError Error { get; }

    /// <summary>The custom field concerned, for <see cref="HelpdeskError.RequiredCustomFieldEmpty"/>, <see cref="HelpdeskError.CustomFieldNotFound"/> and <see cref="HelpdeskError.InvalidCustomFieldValue"/>.</summary>
    public int? FieldId { get; init; }

    /// <summary>How long to wait before trying again, for <see cref="HelpdeskError.Throttled"/>.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>True for failures of the connection rather than of the request: worth trying again later.</summary>
    public bool IsTransient => Error is HelpdeskError.Unavailable or HelpdeskError.Throttled;

    private static string DefaultMessage(HelpdeskError error) => error switch
    {
        HelpdeskError.ApiCredentialsInvalid => "The API username and password are not valid.",
        HelpdeskError.InvalidEmail => "An invalid e-mail address was supplied.",
        HelpdeskError.UserNotFound => "A non-existent user was specified.",
        HelpdeskError.InvalidPageSize => "The number per page must be a positive number.",
        HelpdeskError.InvalidPage => "The page number must be a positive number.",
        HelpdeskError.InvalidSortField => "An invalid sort field was specified (lastactivity, lastreplier, ticketstatusid, priorityid, departmentid).",
        HelpdeskError.InvalidPasswordType => "An incorrect password type was specified.",
        HelpdeskError.InvalidDepartment => "An invalid department was specified.",
        HelpdeskError.InvalidPriority => "An invalid priority was specified.",
        HelpdeskError.MissingTicketInformation => "Required ticket information was missing.",
        HelpdeskError.MissingCommentInformation => "Required comment information was missing.",
        HelpdeskError.EmptyReply => "The reply was empty.",
        HelpdeskError.TicketNotFound => "The ticket could not be found.",
        HelpdeskError.TicketNotOwned => "The ticket is not owned by this customer.",
        HelpdeskError.EmailAlreadyInUse => "The new e-mail address is already in use.",
        HelpdeskError.NoPropertiesToUpdate => "Both status and priority were empty.",
        HelpdeskError.StatusNotFound => "A non-existent status was specified.",
        HelpdeskError.PriorityNotFound => "A non-existent priority was specified.",
        HelpdeskError.AttachmentNotFound => "The attachment could not be found.",
        HelpdeskError.CategoryNotFound => "The category could not be found.",
        HelpdeskError.ArticleNotFound => "The article could not be found.",
        HelpdeskError.AttachmentFetchFailed => "The attachment could not be fetched.",
        HelpdeskError.CustomFieldGroupNotFound => "A non-existent custom field group was specified.",
        HelpdeskError.CustomFieldNotFound => "A non-existent custom field was specified.",
        HelpdeskError.RequiredCustomFieldEmpty => "A required custom field was left empty.",
        HelpdeskError.InvalidTicketId => "An incorrect ticket id was specified.",
        HelpdeskError.Unavailable => "The support system is unavailable.",
        HelpdeskError.Throttled => "The support system asked us to slow down.",
        HelpdeskError.BadGateway => "The support system sent a reply the portal could not read.",
        HelpdeskError.Misconfigured => "The support system refused the portal's credentials.",
        HelpdeskError.InvalidCustomFieldValue => "A custom field was given a value it does not offer.",
        _ => error.ToString(),
    };
}
