using Refit;

namespace SupportPortal.Helpdesk.KayakoClassic.Api;

/// <summary>Kayako Classic's Base app: departments, users, custom field definitions.</summary>
internal interface IKayakoBaseApi
{
    [Get("/?e=/Base/Department")]
    Task<HttpResponseMessage> GetDepartmentsAsync(CancellationToken cancellationToken);

    [Get("/?e=/Base/UserGroup")]
    Task<HttpResponseMessage> GetUserGroupsAsync(CancellationToken cancellationToken);

    [Get("/?e=/Base/CustomFieldGroup")]
    Task<HttpResponseMessage> GetCustomFieldGroupsAsync(CancellationToken cancellationToken);

    /// <summary>The custom field groups linked to one department.</summary>
    [Get("/?e=/Base/CustomFieldGroup/{departmentId}")]
    Task<HttpResponseMessage> GetDepartmentCustomFieldGroupsAsync(int departmentId, CancellationToken cancellationToken);

    [Get("/?e=/Base/CustomField")]
    Task<HttpResponseMessage> GetCustomFieldsAsync(CancellationToken cancellationToken);

    [Get("/?e=/Base/CustomField/ListOptions/{customFieldId}")]
    Task<HttpResponseMessage> GetCustomFieldOptionsAsync(int customFieldId, CancellationToken cancellationToken);

    /// <summary>
    /// Searches e-mail, name, phone, organization and group for <c>query</c> (a LIKE match, not exact).
    /// A POST that only reads: pass true for <paramref name="readOnly"/> so it may be retried.
    /// </summary>
    [Post("/?e=/Base/UserSearch")]
    Task<HttpResponseMessage> SearchUsersAsync(
        [Body] HttpContent form,
        [Property(Http.RetrySafety.OptionName)] bool readOnly,
        CancellationToken cancellationToken);

    [Post("/?e=/Base/User")]
    Task<HttpResponseMessage> CreateUserAsync([Body] HttpContent form, CancellationToken cancellationToken);

    [Put("/?e=/Base/User/{userId}")]
    Task<HttpResponseMessage> UpdateUserAsync(int userId, [Body] HttpContent form, CancellationToken cancellationToken);
}
