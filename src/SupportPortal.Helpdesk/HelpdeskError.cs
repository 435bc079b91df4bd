namespace SupportPortal.Helpdesk;

/// <summary>
/// Why a helpdesk call failed. The negative members are the Integration API's error codes
/// (seed 002) by name and value; the positive ones are what a transport or the portal adds.
/// </summary>
public enum HelpdeskError
{
    ApiCredentialsInvalid = -1,
    InvalidEmail = -2,
    UserNotFound = -3,
    InvalidPageSize = -4,
    InvalidPage = -5,
    InvalidSortField = -6,
    InvalidPasswordType = -7,
    InvalidDepartment = -8,
    InvalidPriority = -9,
    MissingTicketInformation = -10,
    MissingCommentInformation = -11,
    EmptyReply = -12,
    TicketNotFound = -13,
    TicketNotOwned = -14,
    EmailAlreadyInUse = -15,
    NoPropertiesToUpdate = -16,
    StatusNotFound = -17,
    PriorityNotFound = -18,
    AttachmentNotFound = -19,
    CategoryNotFound = -20,
    ArticleNotFound = -21,
    AttachmentFetchFailed = -22,
    CustomFieldGroupNotFound = -23,
    CustomFieldNotFound = -24,
    RequiredCustomFieldEmpty = -25,
    InvalidTicketId = -26,

    /// <summary>The backend could not be reached, timed out or answered 5xx.</summary>
    Unavailable = 1,

    /// <summary>The backend asks us to slow down; <see cref="HelpdeskException.RetryAfter"/> says for how long.</summary>
    Throttled = 2,

    /// <summary>The backend answered something the adapter cannot read.</summary>
    BadGateway = 3,

    /// <summary>The backend refused the portal's own credentials or settings.</summary>
    Misconfigured = 4,

    /// <summary>
    /// A choice field was given a value it does not offer, or a single-valued field several values.
    /// The Integration API has no code for this; the portal refuses it all the same.
    /// </summary>
    InvalidCustomFieldValue = 100,
}
