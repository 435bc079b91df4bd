using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.ReferenceData;

/// <summary>A user group (Base/UserGroup): a new customer joins a "registered" one, as Base/User requires.</summary>
internal sealed record KayakoUserGroup(int Id, string Title, bool IsRegistered, bool IsMaster)
{
    public const string Controller = "Base/UserGroup";

    public static KayakoUserGroup From(XElement group) => new(
        group.Int("id", Controller),
        group.Text("title"),
        group.Text("grouptype") == "registered",
        group.Flag("ismaster"));
}
