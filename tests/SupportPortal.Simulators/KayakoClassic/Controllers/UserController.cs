using System.Net.Mail;
using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Rendering;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>Base/User (Controller_User): list, filter, read, create, update and delete users.</summary>
internal sealed class UserController : RestController
{
    private const int MaxRecords = 1000;

    public UserController() => Action("Filter", Filter);

    public override string App => "Base";

    public override string Name => "User";

    public override RestResult GetList(RestCall call, RouteArguments arguments) =>
        RestResult.Xml(UserXml.Render(call.Store.Users.Values.Take(MaxRecords)));

    public override RestResult Get(RestCall call, RouteArguments arguments)
    {
        var users = Php.IsEmpty(arguments[0])
            ? call.Store.Users.Values.Take(MaxRecords)
            : call.Store.Users.Values.Where(u => u.Id == Php.ToInt(arguments[0]));
        return RestResult.Xml(UserXml.Render(users));
    }

    public override RestResult Post(RestCall call, RouteArguments arguments)
    {
        var store = call.Store;
        var form = call.Parameters;
        if (Php.IsEmpty(form["usergroupid"]) || !Php.TryArrayKey(form["usergroupid"], out var groupId) || store.UserGroups.Find(g => g.Id == groupId) is not { } group)
        {
            return RestResult.BadRequest("Invalid User Group");
        }

        if (group.GroupType != UserGroupRow.Registered)
        {
            return RestResult.BadRequest("User Group Specified is not of \"Registered\" type");
        }

        var emails = Emails(form);
        if (emails.Any(e => store.UserByEmail(e) is not null))
        {
            return RestResult.BadRequest("Unable to insert user. Email address belongs to an existing user.");
        }

        if (emails.Count == 0)
        {
            return RestResult.BadRequest("Invalid Email Specified");
        }

        if (Php.IsBlank(form["fullname"]) || Php.IsBlank(form["password"]))
        {
            return RestResult.BadRequest("One of the required fields is empty");
        }

        var user = new UserRow
        {
            Id = store.NextUserId(),
            UserGroupId = groupId,
            UserRole = form["userrole"] == "manager" ? "manager" : "user",
            Salutation = form["salutation"] ?? string.Empty,
            FullName = form["fullname"]!,
            Emails = emails,
            Designation = Php.IsEmpty(form["designation"]) ? string.Empty : form["designation"]!,
            Phone = Php.IsEmpty(form["phone"]) ? string.Empty : form["phone"]!,
            Dateline = store.Now,
            IsEnabled = form.Has("isenabled") ? Php.ToInt(form["isenabled"]) : 1,
            TimeZone = Php.IsEmpty(form["timezone"]) ? string.Empty : form["timezone"]!,
            EnableDst = Php.ToInt(form["enabledst"]),
            UserExpiry = Php.ToInt(form["userexpiry"]),
            Password = form["password"]!,
        };
        store.Users.Add(user.Id, user);
        return RestResult.Xml(UserXml.Render([user]));
    }

    public override RestResult Put(RestCall call, RouteArguments arguments)
    {
        var store = call.Store;
        var form = call.Parameters;
        if (store.User(Php.ToInt(arguments[0])) is not { } user)
        {
            return RestResult.BadRequest("User Load Failed: Invalid data provided");
        }

        var emails = Emails(form);
        if (emails.Any(e => store.UserByEmail(e) is { } other && other.Id != user.Id))
        {
            return RestResult.BadRequest("Unable to update user. Email address belongs to an existing user.");
        }

        if (Php.IsBlank(form["fullname"]))
        {
            return RestResult.BadRequest("One of the required fields is empty");
        }

        if (form.Has("usergroupid"))
        {
            if (Php.IsEmpty(form["usergroupid"]) || !Php.TryArrayKey(form["usergroupid"], out var groupId) || store.UserGroups.Find(g => g.Id == groupId) is not { } group)
            {
                return RestResult.BadRequest("Invalid User Group");
            }

            if (group.GroupType != UserGroupRow.Registered)
            {
                return RestResult.BadRequest("User Group Specified is not of \"Registered\" type");
            }

            user.UserGroupId = groupId;
        }

        user.FullName = form["fullname"]!;
        if (emails.Count > 0)
        {
            user.Emails = emails;
        }

        user.Designation = Php.IsEmpty(form["designation"]) ? user.Designation : form["designation"]!;
        user.Phone = Php.IsEmpty(form["phone"]) ? user.Phone : form["phone"]!;
        user.IsEnabled = form.Has("isenabled") ? Php.ToInt(form["isenabled"]) : user.IsEnabled;
        user.UserRole = form["userrole"] is "manager" or "user" ? form["userrole"]! : user.UserRole;
        user.TimeZone = Php.IsEmpty(form["timezone"]) ? user.TimeZone : form["timezone"]!;
        return RestResult.Xml(UserXml.Render([user]));
    }

    public override RestResult Delete(RestCall call, RouteArguments arguments)
    {
        if (call.Store.User(Php.ToInt(arguments[0])) is not { } user)
        {
            return RestResult.BadRequest("User Load Failed: Invalid data provided");
        }

        call.Store.Users.Remove(user.Id);
        return RestResult.Empty();
    }

    /// <summary>Filter/$marker$/$maxitems$: users with an id of at least marker, at most 1000.</summary>
    private static RestResult Filter(RestCall call, RouteArguments arguments)
    {
        var marker = Php.ToInt(arguments[0]);
        var max = Math.Min(MaxRecords, arguments[1] is null ? MaxRecords : Php.ToInt(arguments[1]));
        return RestResult.Xml(UserXml.Render(call.Store.Users.Values.Where(u => u.Id >= marker).Take(Math.Max(0, max))));
    }

    /// <summary>email (one address) or email[] (several; invalid ones dropped), as Controller_User reads them.</summary>
    private static List<string> Emails(PhpParameters form)
    {
        if (form.Array("email") is { } list)
        {
            return list.Where(IsEmailValid).ToList();
        }

        return form["email"] is { } single && IsEmailValid(single) ? [single] : [];
    }

    private static bool IsEmailValid(string email) =>
        MailAddress.TryCreate(email, out var address) && address.Address == email && email.Contains('@') && !email.Contains(' ');
}
