using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportPortal.Web.Accounts.Data;
using SupportPortal.Web.Accounts.Email;
using SupportPortal.Web.Accounts.Sso;
using SupportPortal.Web.Helpdesk;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Accounts;

/// <summary>
/// Portal accounts: ASP.NET Core Identity on the cookie scheme with its store in <c>ConnectionStrings:Portal</c>,
/// the claims <see cref="CurrentCustomer"/> reads, account e-mail (<c>Portal:Email</c>), single sign-on from the host
/// site (<c>Portal:Sso</c>), rate limits (<c>Portal:RateLimits</c>) and the demo accounts when
/// <c>Portal:SeedDemoAccounts</c> is true.
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
        var configuration = builder.Configuration;

        // First among the account services: the store must be migrated before Data Protection's own hosted
        // service loads its keys from it (hosted services start in the order they were added).
        services.AddHostedService<PortalAccountsInitializer>();
        services.AddSingleton(AccountSettings.Read(configuration));
        services.AddSingleton(EmailSettings.Read(configuration));
        services.AddSingleton(SsoSettings.Read(configuration));
        services.AddPortalAccountsStore(PortalStoreSettings.Read(configuration));
        services.AddAccountRateLimits(configuration);
        services.TryAddSingleton(TimeProvider.System);

        services.AddDataProtection().SetApplicationName("SupportPortal").PersistKeysToDbContext<PortalAccountsDbContext>();
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
        services.AddScoped<AuthenticationStateProvider, PortalRevalidatingAuthenticationStateProvider>();

        services.AddIdentityCore<PortalUser>(ConfigureIdentity)
            .AddEntityFrameworkStores<PortalAccountsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();

        services.AddScoped<CurrentCustomer>();
        services.AddSingleton<MailTransport>();
        services.AddSingleton<AccountMail>();
        services.AddHelpdeskDirectory();
        services.AddScoped<EmailAddressChange>();
        services.AddSingleton<SsoTokenValidator>();
        services.AddScoped<UsedSsoTokens>();
        services.AddScoped<SsoSignIn>();
        services.AddScoped<DemoAccounts>();
        return builder;
    }

    /// <summary>The rate limiter and the account endpoints that are not pages: sign-out and single sign-on.</summary>
    public static WebApplication UsePortalAccounts(this WebApplication app)
    {
        app.UseRateLimiter();

        // Lets plain endpoints (uploads, downloads) ask CurrentCustomer too; pages get the same state from Blazor.
        app.Use((context, next) =>
        {
            if (context.RequestServices.GetService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider state)
            {
                state.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
            }

            return next(context);
        });

        LogoutEndpoint.Map(app);
        SsoEndpoint.Map(app);
        return app;
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
