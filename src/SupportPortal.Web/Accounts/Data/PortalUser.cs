using Microsoft.AspNetCore.Identity;

namespace SupportPortal.Web.Accounts.Data;

/// <summary>A portal account. Its user name is its e-mail address, so customers sign in with the address they know.</summary>
public sealed class PortalUser : IdentityUser
{
    public const int MaxDisplayNameLength = 100;

    /// <summary>The name the customer goes by, shown in the app bar and sent to the helpdesk with their tickets.</summary>
    public string DisplayName { get; set; } = "";
}
