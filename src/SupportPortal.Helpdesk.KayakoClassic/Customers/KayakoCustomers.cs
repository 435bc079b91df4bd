using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using SupportPortal.Helpdesk.KayakoClassic.Api;
using SupportPortal.Helpdesk.KayakoClassic.Http;
using SupportPortal.Helpdesk.KayakoClassic.ReferenceData;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.Customers;

/// <summary>
/// Customers are Kayako users, found by e-mail address. Never cached: who owns an address decides whose
/// tickets a visitor sees, and an address can move between users at any time.
/// </summary>
internal sealed class KayakoCustomers(IKayakoBaseApi api, KayakoReferenceData referenceData, ILogger<KayakoCustomers> logger)
{
    private const string SearchController = "Base/UserSearch";
    private const string UserController = "Base/User";
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%*+-=?";

    /// <summary>The user that has <paramref name="email"/> among its addresses, or null.</summary>
    public async Task<KayakoUser?> FindAsync(string email, CancellationToken cancellationToken)
    {
        // UserSearch matches with LIKE across names, phones and organizations too: keep only an exact address.
        var form = new KayakoForm().Add("query", email);
        using var response = await KayakoReplies.SendAsync(SearchController, token => api.SearchUsersAsync(form, readOnly: true, token), cancellationToken);
        KayakoUser? match = null;
        await KayakoXml.ForEachItemAsync(
            response,
            SearchController,
            "user",
            element =>
            {
                var user = KayakoUser.From(element, SearchController);
                if (match is null && user.StoredAddress(email) is not null)
                {
                    match = user;
                }
            },
            cancellationToken);
        return match;
    }

    /// <summary>
    /// Creates a user for a new customer, in Kayako's (master) registered user group, without Kayako's welcome
    /// e-mail. The password is random: customers sign in to the portal, never to Kayako itself. Null where Kayako
    /// names no registered group (no Base/UserGroup): the ticket is then created with autouserid, which makes
    /// Kayako find or create the user itself.
    /// </summary>
    public async Task<KayakoUser?> CreateAsync(string email, string fullName, CancellationToken cancellationToken)
    {
        var groups = await referenceData.UserGroupsAsync(cancellationToken);
        var group = groups.Where(g => g.IsRegistered).OrderByDescending(g => g.IsMaster).ThenBy(g => g.Id).FirstOrDefault();
        if (group is null)
        {
            return null;
        }

        var form = new KayakoForm()
            .Add("fullname", fullName.Trim())
            .Add("usergroupid", group.Id)
            .Add("password", RandomNumberGenerator.GetString(PasswordAlphabet, 24))
            .Add("email", email)
            .Add("isenabled", 1)
            .Add("sendwelcomeemail", 0);
        using var response = await KayakoReplies.SendAsync(UserController, token => api.CreateUserAsync(form, token), cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            // Most likely another request created this customer a moment ago.
            var reason = await KayakoReplies.ShortTextAsync(response, cancellationToken);
            return await FindAsync(email, cancellationToken)
                ?? throw KayakoReplies.Unreadable(UserController, $"Kayako refused to create the customer: {reason}");
        }

        var user = await ReadUserAsync(response, UserController, cancellationToken);
        logger.LogInformation("Created Kayako user {UserId} for a new customer", user.Id);
        return user;
    }

    /// <summary>Replaces the user's addresses; <see cref="HelpdeskError.EmailAlreadyInUse"/> if one belongs to someone else.</summary>
    public async Task ReplaceAddressesAsync(KayakoUser user, IReadOnlyList<string> emails, CancellationToken cancellationToken)
    {
        var form = new KayakoForm()
            .Add("fullname", string.IsNullOrWhiteSpace(user.FullName) ? emails[0] : user.FullName)
            .AddList("email", emails);
        using var response = await KayakoReplies.SendAsync(UserController, token => api.UpdateUserAsync(user.Id, form, token), cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            var reason = await KayakoReplies.ShortTextAsync(response, cancellationToken);
            throw reason.Contains("belongs to an existing user", StringComparison.OrdinalIgnoreCase)
                ? new HelpdeskException(HelpdeskError.EmailAlreadyInUse)
                : KayakoReplies.Unreadable(UserController, $"Kayako refused the new address: {reason}");
        }

        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            throw new HelpdeskException(HelpdeskError.UserNotFound);
        }

        await response.EnsureSuccessAsync(UserController, cancellationToken);
    }

    private static async Task<KayakoUser> ReadUserAsync(HttpResponseMessage response, string controller, CancellationToken cancellationToken)
    {
        var root = await KayakoXml.ReadRootAsync(response, controller, cancellationToken);
        var user = root.Name.LocalName == "user" ? root : root.Element("user");
        return user is null
            ? throw KayakoReplies.Unreadable(controller, "the reply names no user.")
            : KayakoUser.From(user, controller);
    }
}
