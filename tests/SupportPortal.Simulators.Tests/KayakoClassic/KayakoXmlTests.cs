using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

public sealed class KayakoXmlTests
{
    [Fact]
    public void Values_are_wrapped_in_CDATA_one_element_per_line_and_empty_values_self_close()
    {
        var xml = new KayakoXml().Open("tickets").Tag("subject", "Hello & <bye>").Tag("tags", "").Close("tickets").ToString();

        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tickets>\n<subject><![CDATA[Hello & <bye>]]></subject>\n<tags />\n</tickets>",
            xml);
    }

    [Fact]
    public void A_CDATA_end_inside_a_value_is_split_so_the_value_survives()
    {
        var xml = new KayakoXml().Tag("contents", "a]]>b").ToString();

        Assert.Equal("a]]>b", System.Xml.Linq.XElement.Parse(xml[xml.IndexOf('<', 1)..]).Value);
    }

    [Fact]
    public void Control_characters_are_removed_from_values()
    {
        var xml = new KayakoXml().Tag("contents", "bell\u0007 and tab\tand newline\n").ToString();

        Assert.Contains("<![CDATA[bell and tab\tand newline\n]]>", xml);
    }

    [Fact]
    public void Attribute_values_are_escaped_like_htmlspecialchars()
    {
        var xml = new KayakoXml().Tag("customfield", "", ("title", "\"Tom\" & <Jerry>")).ToString();

        Assert.EndsWith("<customfield title=\"&quot;Tom&quot; &amp; &lt;Jerry&gt;\" />", xml);
    }
}
