using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Rendering;

/// <summary>SWIFT_TicketAPIManager::RenderTickets: the &lt;tickets&gt; document, with or without posts.</summary>
internal static class TicketXml
{
    public static KayakoXml Render(KayakoStore store, IEnumerable<TicketRow> tickets, bool withPosts)
    {
        var xml = new KayakoXml().Open("tickets");
        foreach (var ticket in tickets)
        {
            xml.Open("ticket", ("id", Php.Str(ticket.Id)), ("flagtype", Php.Str(ticket.FlagType)));
            xml.Tag("displayid", ticket.Mask)
                .Tag("departmentid", ticket.DepartmentId)
                .Tag("statusid", ticket.StatusId)
                .Tag("priorityid", ticket.PriorityId)
                .Tag("typeid", ticket.TypeId)
                .Tag("userid", ticket.UserId)
                // The demo has no organizations: PHP renders the integer 0 as an empty element.
                .Tag("userorganization", string.Empty)
                .Tag("userorganizationid", Php.IntForXml(0))
                .Tag("ownerstaffid", ticket.OwnerStaffId)
                .Tag("ownerstaffname", ticket.OwnerStaffName)
                .Tag("fullname", ticket.FullName)
                .Tag("email", ticket.Email)
                .Tag("lastreplier", ticket.LastReplier)
                .Tag("subject", ticket.Subject)
                .Tag("creationtime", ticket.Dateline)
                .Tag("lastactivity", ticket.LastActivity)
                .Tag("laststaffreply", ticket.LastStaffReplyTime)
                .Tag("lastuserreply", ticket.LastUserReplyTime)
                .Tag("slaplanid", ticket.SlaPlanId)
                .Tag("nextreplydue", ticket.DueTime)
                .Tag("resolutiondue", ticket.ResolutionDueDateline)
                .Tag("replies", ticket.TotalReplies)
                .Tag("ipaddress", ticket.IpAddress)
                .Tag("creator", ticket.Creator)
                .Tag("creationmode", ticket.CreationMode)
                .Tag("creationtype", ticket.TicketType)
                .Tag("isescalated", ticket.IsEscalated)
                .Tag("escalationruleid", ticket.EscalationRuleId)
                .Tag("templategroupid", ticket.TemplateGroupId)
                .Tag("tags", ticket.Tags);

            var templateGroup = store.TemplateGroups.Find(g => g.Id == ticket.TemplateGroupId);
            if (templateGroup is not null)
            {
                xml.Tag("templategroupname", templateGroup.Title);
            }

            if (withPosts)
            {
                xml.Open("posts");
                foreach (var post in store.PostsOf(ticket.Id))
                {
                    xml.Open("post");
                    PostXml.Fields(xml, post);
                    xml.Close("post");
                }

                xml.Close("posts");
            }

            xml.Close("ticket");
        }

        return xml.Close("tickets");
    }
}
