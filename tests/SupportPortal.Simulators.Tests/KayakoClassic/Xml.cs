using System.Xml.Linq;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

/// <summary>Small readers for Kayako's XML in assertions.</summary>
public static class Xml
{
    public static string Value(this XElement parent, string child) =>
        (parent.Element(child) ?? throw new Xunit.Sdk.XunitException($"<{parent.Name}> has no <{child}>: {parent}")).Value;

    public static int Int(this XElement parent, string child) => int.Parse(parent.Value(child), System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> ChildNames(this XElement element) => element.Elements().Select(e => e.Name.LocalName).ToList();
}
