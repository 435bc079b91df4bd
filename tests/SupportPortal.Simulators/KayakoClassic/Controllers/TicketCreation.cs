using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Rendering;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>Controller_Ticket::Post: the checks in Kayako's order with its messages, then SWIFT_Ticket::Create.</summary>
internal static class TicketCreation
{
    private static readonly (string Field, string Message)[] RequiredFields =
    [
        ("subject", "Subject is empty"),
        ("fullname", "Fullname is empty"),
        ("email", "Email is empty"),
        ("contents", "Contents is empty"),
        ("departmentid", "Department ID is empty"),
        ("ticketstatusid", "Ticket Status ID is empty"),
        ("ticketpriorityid", "Ticket Priority ID is empty"),
        ("tickettypeid", "Ticket Type ID is empty"),
    ];

    public static RestResult Create(RestCall call)
    {
        var store = call.Store;
        var form = call.Parameters;
        foreach (var (field, message) in RequiredFields)
        {
            if (Php.IsBlank(form[field]))
            {
                return RestResult.BadRequest(message);
            }
        }

        if (Php.IsBlank(form["userid"]) && Php.IsBlank(form["staffid"]) && Php.IsBlank(form["autouserid"]))
        {
            return RestResult.BadRequest("Staff ID, User ID and Auto User ID values are empty or not provided");
        }

        if (!Php.TryArrayKey(form["departmentid"], out var departmentId) || store.Department(departmentId) is not { } department)
        {
            return RestResult.BadRequest("Department ID is Invalid");
        }

        if (department.App != "tickets")
        {
            return RestResult.BadRequest("Department App is not Tickets");
        }

        if (!Php.TryArrayKey(form["ticketstatusid"], out var statusId) || store.Status(statusId) is null)
        {
            return RestResult.BadRequest("Ticket Status ID is Invalid");
        }

        if (!Php.TryArrayKey(form["ticketpriorityid"], out var priorityId) || store.Priority(priorityId) is null)
        {
            return RestResult.BadRequest("Ticket Priority ID is Invalid");
        }

        if (!Php.TryArrayKey(form["tickettypeid"], out var typeId) || store.Type(typeId) is null)
        {
            return RestResult.BadRequest("Ticket Type ID is Invalid");
        }

        // isset($_POST['staffid']) && !isset($_staffCache[...]): even an empty staffid is refused.
        if (form.Has("staffid") && (!Php.TryArrayKey(form["staffid"], out var checkedStaffId) || store.StaffMember(checkedStaffId) is null))
        {
            return RestResult.BadRequest("Staff ID is Invalid");
        }

        var fullName = form["fullname"]!;
        var email = form["email"]!;
        var userId = 0;
        StaffRow? staff = null;
        if (form["autouserid"] == "1")
        {
            userId = store.GetOrCreateUser(fullName, email).Id;
        }
        else if (form.Has("userid"))
        {
            userId = Php.ToInt(form["userid"]);
            if (store.User(userId) is { } user)
            {
                // in_array($_POST['email'], $userEmailList): an exact match.
                if (!user.Emails.Contains(email, StringComparer.Ordinal))
                {
                    return RestResult.BadRequest("User Email is Invalid");
                }

                fullName = user.FullName;
            }
        }
        else if (form.Has("staffid"))
        {
            staff = store.StaffMember(Php.ToInt(form["staffid"]));
            userId = store.GetOrCreateUser(fullName, email).Id;
        }

        var isPhone = form["type"] == "phone";
        var (creatorName, creatorEmail, emailTo) = staff is not null && !isPhone && email.Contains('@')
            ? (staff.FullName, staff.Email, email)
            : (fullName, email, string.Empty);

        var now = store.Now;
        var ticketId = store.NextTicketId();
        var ticket = new TicketRow
        {
            Id = ticketId,
            Mask = KayakoStore.MaskFor(ticketId),
            DepartmentId = departmentId,
            StatusId = statusId,
            PriorityId = priorityId,
            TypeId = typeId,
            UserId = userId,
            FullName = creatorName,
            Email = creatorEmail,
            LastReplier = creatorName,
            Subject = form["subject"]!,
            Dateline = now,
            LastActivity = now,
            LastUserReplyTime = staff is null ? now : 0,
            LastStaffReplyTime = staff is null ? 0 : now,
            IpAddress = call.ClientIp,
            Creator = staff is null ? TicketRow.CreatorUser : TicketRow.CreatorStaff,
            CreationMode = TicketRow.CreationModeApi,
            TicketType = isPhone ? 2 : 1,
        };
        if (Php.TryArrayKey(form["ownerstaffid"], out var ownerId) && store.StaffMember(ownerId) is { } owner)
        {
            ticket.OwnerStaffId = owner.Id;
            ticket.OwnerStaffName = owner.FullName;
        }

        store.Tickets.Add(ticket.Id, ticket);
        store.AddPost(new TicketPostRow
        {
            Id = store.NextPostId(),
            TicketId = ticket.Id,
            Dateline = now,
            UserId = staff is null ? userId : 0,
            FullName = creatorName,
            Email = creatorEmail,
            EmailTo = emailTo,
            IpAddress = call.ClientIp,
            Creator = ticket.Creator,
            StaffId = staff?.Id ?? 0,
            Contents = form["contents"]!,
        });

        return RestResult.Xml(TicketXml.Render(store, [ticket], withPosts: true));
    }
}
