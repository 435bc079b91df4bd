using SupportPortal.Web.Tickets;

namespace SupportPortal.Web.Tests.Tickets;

public sealed class DownloadFileNameTests
{
    [Fact]
    public void A_plain_name_is_an_attachment_with_both_forms_of_the_name()
    {
        Assert.Equal("attachment; filename=\"widget.log\"; filename*=UTF-8''widget.log", DownloadFileName.ContentDisposition("widget.log"));
    }

    [Fact]
    public void Carriage_returns_and_line_feeds_cannot_split_the_header()
    {
        var header = DownloadFileName.ContentDisposition("report\r\nSet-Cookie: a=b.txt");

        Assert.DoesNotContain('\r', header);
        Assert.DoesNotContain('\n', header);
        Assert.Equal("attachment; filename=\"report__Set-Cookie: a=b.txt\"; filename*=UTF-8''report__Set-Cookie%3A%20a%3Db.txt", header);
    }

    [Fact]
    public void Quotes_cannot_end_the_quoted_name_early()
    {
        var header = DownloadFileName.ContentDisposition("a\"; filename=\"evil.exe");

        Assert.Equal("attachment; filename=\"a'_ filename='evil.exe\"; filename*=UTF-8''a%27%3B%20filename%3D%27evil.exe", header);
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\alice\\invoice.pdf", "invoice.pdf")]
    [InlineData("folder/", "attachment")]
    [InlineData("", "attachment")]
    [InlineData(null, "attachment")]
    [InlineData("...", "attachment")]
    public void Path_separators_leave_only_the_last_segment(string? name, string expected)
    {
        Assert.Equal(expected, DownloadFileName.Neutralise(name));
    }

    [Fact]
    public void Bidi_overrides_that_disguise_an_extension_are_replaced()
    {
        Assert.Equal("invoice_fdp.exe", DownloadFileName.Neutralise("invoice\u202Efdp.exe"));
    }

    [Fact]
    public void Non_ascii_letters_are_kept_in_filename_star_and_replaced_in_the_fallback()
    {
        var header = DownloadFileName.ContentDisposition("日本語 résumé.pdf");

        Assert.Equal("attachment; filename=\"___ r_sum_.pdf\"; filename*=UTF-8''%E6%97%A5%E6%9C%AC%E8%AA%9E%20r%C3%A9sum%C3%A9.pdf", header);
    }

    [Fact]
    public void A_very_long_name_is_shortened_but_keeps_its_extension()
    {
        var name = DownloadFileName.Neutralise(new string('a', 500) + ".pdf");

        Assert.Equal(200, name.Length);
        Assert.EndsWith("a.pdf", name);
    }
}
