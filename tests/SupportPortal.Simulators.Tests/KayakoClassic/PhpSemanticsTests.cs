using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.Tests.KayakoClassic;

public sealed class PhpSemanticsTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("0", true)]
    [InlineData("00", false)]
    [InlineData(" ", false)]
    [InlineData("a", false)]
    public void Empty_follows_PHP(string? value, bool empty) => Assert.Equal(empty, Php.IsEmpty(value));

    [Theory]
    [InlineData("12abc", 12)]
    [InlineData("abc", 0)]
    [InlineData(" 7", 7)]
    [InlineData("-3", -3)]
    public void Int_cast_takes_the_leading_number(string value, int number) => Assert.Equal(number, Php.ToInt(value));

    [Theory]
    [InlineData("5", true)]
    [InlineData("05", false)]
    [InlineData("5a", false)]
    [InlineData("-1", true)]
    public void Array_keys_are_canonical_integers(string value, bool isKey) => Assert.Equal(isKey, Php.TryArrayKey(value, out _));

    [Fact]
    public void Base64_decoding_skips_noise_and_forgives_missing_padding() =>
        Assert.Equal("hello"u8.ToArray(), PhpBase64.Decode("aGVs\nbG8"));

    [Fact]
    public void Array_parameters_come_from_bracketed_names_and_plain_names_keep_the_last_value()
    {
        var parameters = PhpParameters.From(
        [
            new("ids[]", new Microsoft.Extensions.Primitives.StringValues(["1", "2"])),
            new("name", new Microsoft.Extensions.Primitives.StringValues(["first", "last"])),
        ]);

        Assert.Equal(["1", "2"], parameters.Array("ids"));
        Assert.Null(parameters["ids"]);
        Assert.Equal("last", parameters["name"]);
    }

    [Theory]
    [InlineData("?e=/Tickets/Ticket/ListAll/1,2/-1&apikey=k", "Tickets", "Ticket", "ListAll", "1,2|-1")]
    [InlineData("?/Base/Department/2&apikey=k", "Base", "Department", "2", "")]
    [InlineData("?e=%2FTickets%2FTicketStatus", "Tickets", "TicketStatus", "", "")]
    public void Routes_are_read_from_both_url_types(string query, string app, string controller, string action, string arguments)
    {
        var route = RestRoute.FromQueryString(query)!;

        Assert.Equal((app, controller, action), (route.App, route.Controller, route.Action));
        Assert.Equal(arguments, string.Join('|', route.Arguments));
    }
}
