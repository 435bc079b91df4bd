using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.Customers;

/// <summary>A Kayako user (Base/User, Base/UserSearch). One user can have several e-mail addresses.</summary>
internal sealed record KayakoUser(int Id, string FullName, IReadOnlyList<string> Emails)
{
    public static KayakoUser From(XElement user, string controller) => new(
        user.Int("id", controller),
        user.Text("fullname"),
        user.Elements("email").Select(e => e.Value.Trim()).Where(e => e.Length > 0).ToList());

    /// <summary>The user's address equal to <paramref name="email"/> (ignoring case), as Kayako stores it.</summary>
    public string? StoredAddress(string email) =>
        Emails.FirstOrDefault(e => CustomerEmail.Normalize(e) == CustomerEmail.Normalize(email));
}
