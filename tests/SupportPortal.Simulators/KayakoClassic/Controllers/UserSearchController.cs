using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Rendering;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>
/// Base/UserSearch (Controller_UserSearch): POST query; a case-insensitive substring search over e-mails, full name,
/// phone and user group — not an exact e-mail lookup.
/// </summary>
internal sealed class UserSearchController : RestController
{
    private const string NotImplemented = "Not Implemented, Call POST /Base/UserSearch instead.";

    public override string App => "Base";

    public override string Name => "UserSearch";

    public override RestResult GetList(RestCall call, RouteArguments arguments) => RestResult.BadRequest(NotImplemented);

    public override RestResult Get(RestCall call, RouteArguments arguments) => RestResult.BadRequest(NotImplemented);

    public override RestResult Put(RestCall call, RouteArguments arguments) => RestResult.BadRequest(NotImplemented);

    public override RestResult Delete(RestCall call, RouteArguments arguments) => RestResult.BadRequest(NotImplemented);

    public override RestResult Post(RestCall call, RouteArguments arguments)
    {
        var query = call.Parameters["query"];
        if (Php.IsEmpty(query))
        {
            return RestResult.BadRequest("Query should not be empty");
        }

        var words = call.Parameters["phrase"] == "1" ? [query!] : query!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool Matches(string text) => words.All(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

        var users = call.Store.Users.Values.Where(user =>
            user.Emails.Any(Matches)
            || Matches(user.FullName)
            || Matches(user.Phone)
            || Matches(call.Store.UserGroups.Find(g => g.Id == user.UserGroupId)?.Title ?? string.Empty));
        return RestResult.Xml(UserXml.Render(users));
    }
}
