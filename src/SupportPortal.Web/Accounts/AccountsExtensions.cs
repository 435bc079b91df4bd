using Microsoft.AspNetCore.Identity;
using SupportPortal.Web.Accounts.Data;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Accounts;

/// <summary>
/// Portal accounts: ASP.NET Core Identity on the cookie scheme with its store in <c>ConnectionStrings:Portal</c>,
/// the claims <see cref="CurrentCustomer"/> reads, and the demo accounts when <c>Portal:SeedDemoAccounts</c> is true.
/// </summary>
public static class AccountsExtensions
{
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";

    // Slows password guessing to a crawl without locking a customer out for long by a few typos.
    public const int MaxFailedSignInAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static IHostApplicationBuilder AddPortalAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(AccountSettings.Read(builder.Configuration));
        services.AddPortalAccountsStore(PortalStoreSettings.Read(builder.Configuration));

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.LogoutPath = LogoutPath;
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = ".SupportPortal.Account";
        });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();

        services.AddIdentityCore<PortalUser>(ConfigureIdentity)
            .AddEntityFrameworkStores<PortalAccountsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();

        services.AddScoped<CurrentCustomer>();
        services.AddScoped<DemoAccounts>();
        services.AddHostedService<PortalAccountsInitializer>();
        return builder;
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        // A customer's tickets belong to an address: nobody signs in with one they have not proved is theirs.
        options.SignIn.RequireConfirmedEmail = true;
        options.User.RequireUniqueEmail = true;

        // Length over composition rules (NIST SP 800-63B): long passphrases are stronger and easier to remember.
        options.Password.RequiredLength = 8;
        options.Password.RequiredUniqueChars = 4;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;

        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignInAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.Lockout.AllowedForNewUsers = true;
    }
}
