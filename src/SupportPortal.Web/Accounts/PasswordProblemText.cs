using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SupportPortal.Web.Localization;

namespace SupportPortal.Web.Accounts;

/// <summary>Identity's refusals of a new password, in the customer's language, with the portal's own limits in them.</summary>
public static class PasswordProblemText
{
    public static string Describe(IdentityError error, IStringLocalizer<AccountText> text, PasswordOptions options) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => text["Identity.PasswordTooShort", options.RequiredLength],
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => text["Identity.PasswordRequiresUniqueChars", options.RequiredUniqueChars],

        // The portal does not ask for digits, cases or symbols, so Identity raises nothing else about a password.
        _ => error.Description,
    };
}
