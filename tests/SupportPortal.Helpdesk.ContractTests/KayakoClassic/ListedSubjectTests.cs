using SupportPortal.Helpdesk.KayakoClassic.KnowledgeBase;

namespace SupportPortal.Helpdesk.ContractTests.KayakoClassic;

/// <summary>Which subjects from Knowledgebase/Article/ListAll are read again by id (ListAll escapes and cuts them).</summary>
public sealed class ListedSubjectTests
{
    [Theory]
    [InlineData("Billing &amp; invoices")]
    [InlineData("Why &lt;br&gt; shows in replies")]
    [InlineData("A very long subject that Kayako cut at sixty-five characters whil...")]
    public void A_subject_kayako_may_have_escaped_or_cut_is_read_again(string listed) =>
        Assert.True(ListedSubject.MayBeAltered(listed));

    [Theory]
    [InlineData("How to install the Widget client")]
    [InlineData("Wait...")]
    public void A_short_subject_without_escapes_is_taken_as_listed(string listed) =>
        Assert.False(ListedSubject.MayBeAltered(listed));
}
