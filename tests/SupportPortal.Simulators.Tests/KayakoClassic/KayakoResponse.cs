using System.Net;
using System.Xml;
using System.Xml.Linq;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

/// <summary>One answer of the simulator, read the way a client reads it.</summary>
public sealed record KayakoResponse(HttpStatusCode Status, string? ContentType, string Body)
{
    /// <summary>The body as XML, parsed with DTDs off; fails the test if it is not XML.</summary>
    public XElement Xml()
    {
        Assert.True(Status == HttpStatusCode.OK, $"Expected 200 with XML, got {(int)Status}: {Body}");
        using var reader = XmlReader.Create(new StringReader(Body), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader).Root!;
    }
}
