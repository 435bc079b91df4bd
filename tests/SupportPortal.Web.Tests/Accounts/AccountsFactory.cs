using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Accounts.Data;

namespace SupportPortal.Web.Tests.Accounts;

/// <summary>
/// The seeded portal with single sign-on on, rate limits out of the way, and the helpdesk wrapped in a
/// <see cref="RecordingHelpdesk"/> so tests can see (and script) the calls the account pages make.
/// </summary>
public class AccountsFactory : PortalFactory
{
    public const string SsoSecret = "a-shared-secret-of-the-host-site-0123456789";

    public RecordingHelpdesk Helpdesk { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:Sso:SharedSecret", SsoSecret);
        builder.UseSetting("Portal:Sso:LoginUrl", "https://www.contoso.example/login");
        builder.UseSetting("Portal:Sso:ProviderName", "Contoso");
        builder.UseSetting("Portal:RateLimits:SignInPerMinute", "1000");
        builder.UseSetting("Portal:RateLimits:RegistrationsPerHour", "1000");
        builder.UseSetting("Portal:RateLimits:SsoPerMinute", "1000");
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        var original = services.Single(d => d.ServiceType == typeof(IHelpdesk));
        services.Remove(original);
        services.AddSingleton(provider =>
        {
            var inner = original.ImplementationType is { } type
                ? (IHelpdesk)ActivatorUtilities.CreateInstance(provider, type)
                : (IHelpdesk)original.ImplementationFactory!(provider);
            return Helpdesk.Wrap(inner);
        });
    }

    /// <summary>A confirmed account of its own for a test that changes or locks it, so tests never disturb each other.</summary>
    public async Task<PortalUser> CreateAccountAsync(string password = "Correct-horse-1", bool confirmed = true, string name = "Test Customer")
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var email = $"customer-{Guid.NewGuid():N}@example.com";
        var user = new PortalUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = confirmed };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return user;
    }

    public async Task<PortalUser?> FindAccountAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email);
    }

    public async Task<PortalUser?> FindAccountByIdAsync(string id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByIdAsync(id);
    }
}
