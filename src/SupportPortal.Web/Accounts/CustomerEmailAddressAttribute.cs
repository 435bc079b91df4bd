using System.ComponentModel.DataAnnotations;
using SupportPortal.Helpdesk;

namespace SupportPortal.Web.Accounts;

/// <summary>An e-mail address the helpdesk will accept (<see cref="CustomerEmail"/>), so no account is made for one it would refuse.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CustomerEmailAddressAttribute : ValidationAttribute
{
    /// <summary>The English message, which is also its key in AccountText.resx (the account fields translate it).</summary>
    public const string Message = "Enter an e-mail address such as name@example.com.";

    public CustomerEmailAddressAttribute()
        : base(Message)
    {
    }

    // Empty is [Required]'s business, so a blank field gets one message, not two.
    public override bool IsValid(object? value) => value is not string email || email.Length == 0 || CustomerEmail.IsValid(email);
}
