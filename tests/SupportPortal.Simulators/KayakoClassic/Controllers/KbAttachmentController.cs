using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>
/// Knowledgebase/Attachment (Knowledgebase\Api\Controller_Attachment). The demo articles have no files, so lists are
/// empty; the refusals are Kayako's.
/// </summary>
internal sealed class KbAttachmentController : RestController
{
    public KbAttachmentController() => Action("ListAll", (call, arguments) =>
        ArticleExists(call, arguments[0]) ? RestResult.Xml(new KayakoXml().Open("kbattachments").Close("kbattachments")) : ArticleNotFound());

    public override string App => "Knowledgebase";

    public override string Name => "Attachment";

    public override RestResult GetList(RestCall call, RouteArguments arguments) => RestResult.BadRequest("Not Implemented.");

    public override RestResult Get(RestCall call, RouteArguments arguments) =>
        ArticleExists(call, arguments[0]) ? RestResult.NotFound("Attachment not Found") : ArticleNotFound();

    private static bool ArticleExists(RestCall call, string? argument) => call.Store.KbArticles.ContainsKey(Php.ToInt(argument));

    private static RestResult ArticleNotFound() => RestResult.BadRequest("Article not found");
}
