using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Rendering;

/// <summary>The &lt;users&gt; document of Controller_User and Controller_UserSearch.</summary>
internal static class UserXml
{
    public static KayakoXml Render(IEnumerable<UserRow> users)
    {
        var xml = new KayakoXml().Open("users");
        foreach (var user in users)
        {
            xml.Open("user")
                .Tag("id", user.Id)
                .Tag("usergroupid", Php.IntForXml(user.UserGroupId))
                .Tag("userrole", user.UserRole)
                .Tag("userorganizationid", Php.IntForXml(user.UserOrganizationId))
                .Tag("salutation", user.Salutation)
                .Tag("userexpiry", user.UserExpiry)
                .Tag("fullname", user.FullName);
            foreach (var email in user.Emails)
            {
                xml.Tag("email", email);
            }

            xml.Tag("designation", user.Designation)
                .Tag("phone", user.Phone)
                .Tag("dateline", user.Dateline)
                .Tag("lastvisit", user.LastVisit)
                .Tag("isenabled", user.IsEnabled)
                .Tag("timezone", user.TimeZone)
                .Tag("enabledst", user.EnableDst)
                .Tag("slaplanid", user.SlaPlanId)
                .Tag("slaplanexpiry", user.SlaPlanExpiry)
                .Close("user");
        }

        return xml.Close("users");
    }
}
