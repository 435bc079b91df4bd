namespace SupportPortal.Simulators.KayakoClassic.Wire;

/// <summary>One answer of the REST API: status, content type and body, as Kayako sends them.</summary>
internal sealed record RestResult(int StatusCode, string ContentType, string Body)
{
    /// <summary>The content type of everything after authentication (Controller_api sets it before the controller runs).</summary>
    public const string XmlContentType = "text/xml";

    /// <summary>PHP's default, in force when authentication fails before the XML header is set.</summary>
    public const string PhpDefaultContentType = "text/html; charset=UTF-8";

    public static RestResult Xml(KayakoXml xml) => new(StatusCodes.Status200OK, XmlContentType, xml.ToString());

    /// <summary>SWIFT_RESTServer::DispatchStatus: a status line and a plain text body, under the XML content type.</summary>
    public static RestResult Status(int statusCode, string text) => new(statusCode, XmlContentType, text);

    public static RestResult BadRequest(string text) => Status(StatusCodes.Status400BadRequest, text);

    public static RestResult NotFound(string text) => Status(StatusCodes.Status404NotFound, text);

    /// <summary>A successful call that outputs nothing (deletions).</summary>
    public static RestResult Empty() => new(StatusCodes.Status200OK, XmlContentType, string.Empty);
}
