namespace SupportPortal.Reliability.Tests.Attacks;

/// <summary>Stored-XSS payloads a customer could put in a subject, message, reply, field value, comment or file name.</summary>
public static class XssCorpus
{
    public static TheoryData<string> Payloads => new()
    {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
        "<a href=\"&#106;avascript:alert(1)\">click</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<body onload=alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "<form action=\"https://evil.example\"><button>Log in again</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "[click](javascript:alert(1))",
        "![x](javascript:alert(1))",
        "<details open ontoggle=alert(1)>",
        "\"><script>alert(1)</script>",
    };
}
