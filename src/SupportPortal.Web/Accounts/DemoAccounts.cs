using Microsoft.AspNetCore.Identity;
using SupportPortal.Web.Accounts.Data;

namespace SupportPortal.Web.Accounts;

/// <summary>
/// The demo customers of the embedded helpdesk's demo data, as confirmed portal accounts, so the README's
/// "sign in as alice@example.com / Demo-pass-1" works on a fresh start. Existing accounts are left alone.
/// </summary>
internal sealed class DemoAccounts(UserManager<PortalUser> users, ILogger<DemoAccounts> logger)
{
    public const string Password = "Demo-pass-1";

    private static readonly (string Email, string Name)[] Customers =
    [
        ("alice@example.com", "Alice Customer"),
        ("bob@example.com", "Bob Customer"),
    ];

    public async Task SeedAsync()
    {
        foreach (var (email, name) in Customers)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new PortalUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The demo account {email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }

            logger.LogInformation("Created the demo account {Email}", email);
        }
    }
}
