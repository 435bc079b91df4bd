using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Rendering;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>Tickets/TicketSearch (Controller_TicketSearch): POST a query and the areas to search, get tickets with posts.</summary>
internal sealed class TicketSearchController : RestController
{
    private const string NotImplemented = "Not Implemented, Call POST /Tickets/TicketSearch instead.";

    public override string App => "Tickets";

    public override string Name => "TicketSearch";

    public override RestResult GetList(RestCall call, RouteArguments arguments) => RestResult.BadRequest(NotImplemented);

    public override RestResult Get(RestCall call, RouteArguments arguments) => RestResult.BadRequest(NotImplemented);

    public override RestResult Put(RestCall call, RouteArguments arguments) => RestResult.BadRequest(NotImplemented);

    public override RestResult Delete(RestCall call, RouteArguments arguments) => RestResult.BadRequest(NotImplemented);

    public override RestResult Post(RestCall call, RouteArguments arguments)
    {
        var store = call.Store;
        var form = call.Parameters;
        var query = Php.IsEmpty(form["query"]) ? string.Empty : form["query"]!;
        var words = form["phrase"] == "1" ? [query] : query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool On(string flag) => form[flag] == "1";
        bool Contains(string? text) => words.Length > 0 && text is not null && words.All(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

        var matches = store.Tickets.Values.Where(ticket =>
        {
            var posts = store.PostsOf(ticket.Id).ToList();
            var owner = store.User(ticket.UserId);
            return (On("ticketid") && query.Trim().Length > 0 && (Php.Str(ticket.Id) == query.Trim() || string.Equals(ticket.Mask, query.Trim(), StringComparison.OrdinalIgnoreCase)))
                || (On("contents") && (Contains(ticket.Subject) || posts.Any(p => Contains(p.Contents))))
                || (On("author") && (Contains(ticket.FullName) || posts.Any(p => Contains(p.FullName))))
                || (On("email") && (Contains(ticket.Email) || posts.Any(p => Contains(p.Email))))
                || (On("creatoremail") && Contains(ticket.Email))
                || (On("fullname") && (Contains(ticket.FullName) || posts.Any(p => Contains(p.FullName))))
                || (On("user") && owner is not null && (Contains(owner.FullName) || owner.Emails.Any(Contains)))
                || (On("tags") && Contains(ticket.Tags));
        });

        return RestResult.Xml(TicketXml.Render(store, matches.OrderBy(t => t.Id).ToList(), withPosts: true));
    }
}
