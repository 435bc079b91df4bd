using SupportPortal.Web.Tickets.Uploads;

namespace SupportPortal.Web.Tests;

public sealed class UploadFileNameTests
{
    [Theory]
    [InlineData("report.pdf", "report.pdf")]
    [InlineData("C:\\Users\\alice\\Desktop\\report.pdf", "report.pdf")]
    [InlineData("../../../etc/passwd", "passwd")]
    [InlineData("re\u0000port\u001f.txt", "report.txt")]
    [InlineData("what?<is>:this|*.txt", "whatisthis.txt")]
    [InlineData("  trailing dots... ", "trailing dots")]
    [InlineData(".hidden.txt", "hidden.txt")]
    [InlineData("nul.log", "_nul.log")]
    [InlineData("", "attachment")]
    [InlineData(null, "attachment")]
    [InlineData("\"quoted.txt\"", "quoted.txt")]
    [InlineData("Straße – Übersicht.pdf", "Straße – Übersicht.pdf")]
    public void Names_keep_what_a_person_recognises_and_lose_what_could_do_harm(string? sent, string expected) =>
        Assert.Equal(expected, UploadFileName.Neutralise(sent));

    [Fact]
    public void Long_names_are_cut_to_255_characters_and_keep_their_extension()
    {
        var name = UploadFileName.Neutralise(new string('x', 300) + ".docx");

        Assert.Equal(255, name.Length);
        Assert.EndsWith("x.docx", name);
    }
}
