using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Rendering;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>Tickets/Ticket (Controller_Ticket): list, count, read, create, update and delete tickets.</summary>
internal sealed class TicketController : RestController
{
    public TicketController()
    {
        Action("ListAll", ListAll);
        Action("GetTicketCount", GetTicketCount);
    }

    public override string App => "Tickets";

    public override string Name => "Ticket";

    public override RestResult GetList(RestCall call, RouteArguments arguments) =>
        RestResult.BadRequest("Not Implemented, Call /Tickets/Ticket/ListAll instead.");

    public override RestResult Get(RestCall call, RouteArguments arguments)
    {
        var ticket = call.Store.TicketByIdOrMask(arguments[0]);
        return ticket is null
            ? RestResult.NotFound("Ticket not Found")
            : RestResult.Xml(TicketXml.Render(call.Store, [ticket], withPosts: true));
    }

    public override RestResult Post(RestCall call, RouteArguments arguments) => TicketCreation.Create(call);

    public override RestResult Put(RestCall call, RouteArguments arguments)
    {
        var store = call.Store;
        var ticket = store.TicketByIdOrMask(arguments[0]);
        if (ticket is null)
        {
            return RestResult.NotFound("Ticket not Found");
        }

        // Every property is applied only when valid; invalid values are ignored without an error.
        var form = call.Parameters;
        if (Php.TryArrayKey(form["departmentid"], out var departmentId) && store.Department(departmentId) is { App: "tickets" })
        {
            ticket.DepartmentId = departmentId;
        }

        if (Php.TryArrayKey(form["ticketstatusid"], out var statusId) && store.Status(statusId) is not null)
        {
            ticket.StatusId = statusId;
        }

        if (Php.TryArrayKey(form["ticketpriorityid"], out var priorityId) && store.Priority(priorityId) is not null)
        {
            ticket.PriorityId = priorityId;
        }

        if (Php.TryArrayKey(form["tickettypeid"], out var typeId) && store.Type(typeId) is not null)
        {
            ticket.TypeId = typeId;
        }

        if (Php.TryArrayKey(form["ownerstaffid"], out var ownerId) && (ownerId == 0 || store.StaffMember(ownerId) is not null))
        {
            ticket.OwnerStaffId = ownerId;
            ticket.OwnerStaffName = store.StaffMember(ownerId)?.FullName ?? string.Empty;
        }

        ticket.FullName = form["fullname"] ?? ticket.FullName;
        ticket.Email = form["email"] ?? ticket.Email;
        ticket.Subject = form["subject"] ?? ticket.Subject;

        if (!Php.IsEmpty(form["userid"]) && store.User(Php.ToInt(form["userid"])) is { } user)
        {
            ticket.UserId = user.Id;
        }

        return RestResult.Xml(TicketXml.Render(store, [ticket], withPosts: true));
    }

    public override RestResult Delete(RestCall call, RouteArguments arguments)
    {
        var ticket = call.Store.TicketByIdOrMask(arguments[0]);
        if (ticket is null)
        {
            return RestResult.NotFound("Ticket not Found");
        }

        call.Store.DeleteTicket(ticket.Id);
        return RestResult.Empty();
    }

    /// <summary>ListAll/$departmentid$/$ticketstatusid$/$ownerstaffid$/$userid$/$count$/$start$/$sortfield$/$sortorder$.</summary>
    private static RestResult ListAll(RestCall call, RouteArguments arguments)
    {
        var filter = new TicketListFilter(call.Store, arguments[0], arguments[1], arguments[2], arguments[3]);
        var tickets = TicketSorting.Sort(call.Store, call.Store.Tickets.Values.Where(filter.Matches), arguments[6], arguments[7]);

        var rowsPerPage = Php.IsEmpty(arguments[4]) ? -1 : Php.ToInt(arguments[4]);
        var offset = Math.Max(0, Php.ToInt(arguments[5]));
        var page = tickets.Skip(offset);
        if (rowsPerPage > 0)
        {
            page = page.Take(rowsPerPage);
        }

        return RestResult.Xml(TicketXml.Render(call.Store, page.ToList(), withPosts: false));
    }

    /// <summary>GetTicketCount/$departmentid$/$ticketstatusid$/$ownerstaffid$/$userid$: the same filters, counted.</summary>
    private static RestResult GetTicketCount(RestCall call, RouteArguments arguments)
    {
        var filter = new TicketListFilter(call.Store, arguments[0], arguments[1], arguments[2], arguments[3]);
        var count = call.Store.Tickets.Values.Count(filter.Matches);
        return RestResult.Xml(new KayakoXml().Open("tickets").Tag("totalcount", count).Close("tickets"));
    }
}
